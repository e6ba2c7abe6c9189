using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Governance.IntegrationTests;

/// <summary>
/// A phone that resends while its first request is still in flight: every keyed creation endpoint of every module gets
/// 8 Idempotency-Keys, each sent 4 times at once, and one key sent by 16 clients at once; and 16 clients create at once.
/// Each key must create exactly one record (never a 503 from a lock wait), and all sends of a key must get the same answer.
/// </summary>
public sealed class KeyedCreationBurstTests(CountyHost county) : IClassFixture<CountyHost>
{
    public static TheoryData<string> Endpoints => [.. KeyedCreations.All.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public Task Concurrent_replays_of_each_key_create_one_record_and_get_the_same_answer(string endpoint) =>
        BurstAsync(endpoint, keys: 8, sendsPerKey: 4, firstIndex: 0);

    [Theory]
    [MemberData(nameof(Endpoints))]
    public Task Sixteen_clients_replaying_one_key_create_one_record(string endpoint) =>
        BurstAsync(endpoint, keys: 1, sendsPerKey: 16, firstIndex: 50);

    [Theory]
    [MemberData(nameof(Endpoints))]
    public Task Sixteen_clients_creating_at_once_all_succeed_without_waiting_on_each_other_into_a_503(string endpoint) =>
        BurstAsync(endpoint, keys: 16, sendsPerKey: 1, firstIndex: 100);

    /// <param name="firstIndex">The first body's index: bodies of different bursts never collide (a grid's sequence number).</param>
    private async Task BurstAsync(string endpoint, int keys, int sendsPerKey, int firstIndex)
    {
        var creation = KeyedCreations.All[endpoint];
        var clerk = county.Application.ClientAs(TestUsers.User(CountyHost.County, null, KeyedCreations.Permissions));
        var bodies = new List<object>();
        for (var i = firstIndex; i < firstIndex + keys; i++)
        {
            bodies.Add(await creation.Body(new KeyedCreations.Context(clerk, i)));
        }

        var before = await county.Count(creation.CountSql);
        var sent = bodies.Select(_ => Guid.NewGuid().ToString()).Zip(bodies)
            .SelectMany(pair => Enumerable.Range(0, sendsPerKey).Select(_ => Send(clerk, endpoint, pair.First, pair.Second)));
        var answers = (await Task.WhenAll(sent)).GroupBy(a => a.Key).ToList();

        foreach (var ofKey in answers)
        {
            var first = ofKey.First();
            Assert.True(first.Status is HttpStatusCode.Created or HttpStatusCode.OK, $"{endpoint} {ofKey.Key}: {(int)first.Status} {first.Body}");
            Assert.All(ofKey, a =>
            {
                Assert.Equal(first.Status, a.Status);
                Assert.Equal(first.Location, a.Location);
                Assert.Equal(first.ETag, a.ETag);
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(first.Body), JsonNode.Parse(a.Body)), $"{first.Body}\n≠\n{a.Body}");
            });
            Assert.Equal(sendsPerKey - 1, ofKey.Count(a => a.Replayed));
        }

        Assert.Equal(before + keys, await county.Count(creation.CountSql));
    }

    private static async Task<Answer> Send(HttpClient clerk, string endpoint, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await clerk.SendAsync(request);
        return new Answer(key, response.StatusCode, response.Headers.Location?.ToString(), response.Headers.ETag?.Tag,
            response.Headers.Contains("Idempotent-Replayed"), await response.Content.ReadAsStringAsync());
    }

    private sealed record Answer(string Key, HttpStatusCode Status, string? Location, string? ETag, bool Replayed, string Body);
}
