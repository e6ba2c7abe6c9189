using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Governance.IntegrationTests;

/// <summary>
/// A phone that resends while its first request is still in flight: every keyed creation endpoint of every module gets
/// 8 Idempotency-Keys, each sent 4 times at once. Each key must create exactly one record, and all 4 sends of a key must
/// get the same answer.
/// </summary>
public sealed class KeyedCreationBurstTests(CountyHost county) : IClassFixture<CountyHost>
{
    private const int Keys = 8;
    private const int SendsPerKey = 4;

    public static TheoryData<string> Endpoints => [.. KeyedCreations.All.Keys];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Concurrent_replays_of_each_key_create_one_record_and_get_the_same_answer(string endpoint)
    {
        var creation = KeyedCreations.All[endpoint];
        var clerk = county.Application.ClientAs(TestUsers.User(CountyHost.County, null, KeyedCreations.Permissions));
        var bodies = new List<object>();
        for (var i = 0; i < Keys; i++)
        {
            bodies.Add(await creation.Body(new KeyedCreations.Context(clerk, i)));
        }

        var before = await county.Count(creation.CountSql);
        var keys = bodies.Select(_ => Guid.NewGuid().ToString()).ToList();
        var sends = keys.Zip(bodies).SelectMany(pair => Enumerable.Range(0, SendsPerKey).Select(_ => Send(clerk, endpoint, pair.First, pair.Second)));
        var answers = (await Task.WhenAll(sends)).GroupBy(a => a.Key).ToList();

        foreach (var sent in answers)
        {
            var first = sent.First();
            Assert.True(first.Status is HttpStatusCode.Created or HttpStatusCode.OK, $"{endpoint} {sent.Key}: {(int)first.Status} {first.Body}");
            Assert.All(sent, a =>
            {
                Assert.Equal(first.Status, a.Status);
                Assert.Equal(first.Location, a.Location);
                Assert.Equal(first.ETag, a.ETag);
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(first.Body), JsonNode.Parse(a.Body)), $"{first.Body}\n≠\n{a.Body}");
            });
            Assert.Equal(SendsPerKey - 1, sent.Count(a => a.Replayed));
        }

        Assert.Equal(before + Keys, await county.Count(creation.CountSql));
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
