using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.IntegrationTests;

/// <summary>
/// 16 clients change one record at once, all with the ETag they read: exactly one wins, the other 15 get 409, and the
/// record ends as the winner left it — for a person update, a petition step and a dispute step.
/// </summary>
public sealed class SameETagRaceTests(CountyHost county) : IClassFixture<CountyHost>
{
    private const int Clients = 16;

    /// <summary>Names may hold no digits: one character per client tells them apart.</summary>
    private const string Marks = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";

    [Fact]
    public async Task A_person_update_has_one_winner()
    {
        var clerk = county.Application.ClientAs(TestUsers.User(CountyHost.County, null, "registry.persons.write", "registry.persons.read"));
        var id = await county.PersonAsync("竞争者");
        var path = $"/api/registry/persons/{id}";

        var (winner, record) = await RaceAsync(clerk, path, i => new HttpRequestMessage(HttpMethod.Put, path)
        {
            Content = JsonContent.Create(new
            {
                name = $"竞争者{Marks[i]}", ethnicity = "汉族", householdRegionCode = CountyHost.County,
                householdAddress = "浙江省杭州市西湖区北山街道保俶路 12 号", currentRegionCode = CountyHost.Shangbao,
                currentAddress = "北山街道保俶路 12 号", populationType = "Household",
            }),
        });

        Assert.Equal($"竞争者{Marks[winner]}", record.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_petition_step_has_one_winner()
    {
        var clerk = county.PetitionClerk();
        var registered = await clerk.PostAsJsonAsync("/api/petitions", new
        {
            channel = "Visit", category = "Claim", domain = "UrbanRuralConstruction", subject = "排水管渗漏", content = "请求处理",
            regionCode = CountyHost.Shangbao, petitionerPersonIds = new[] { await county.PersonAsync("信访人") },
        }).Ok();
        var path = $"/api/petitions/{registered.GetProperty("petition").GetProperty("id").GetGuid()}";

        var (winner, detail) = await RaceAsync(clerk, path, i => new HttpRequestMessage(HttpMethod.Post, $"{path}/accept")
        {
            Content = JsonContent.Create(new { note = $"第{i}位受理" }),
        });

        Assert.Equal("Accepted", detail.GetProperty("petition").GetProperty("state").GetString());
        var accepts = detail.GetProperty("timeline").EnumerateArray().Where(s => s.GetProperty("action").GetString() == "Accept").ToList();
        Assert.Contains($"第{winner}位受理", Assert.Single(accepts).GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_dispute_step_has_one_winner()
    {
        var clerk = county.MediationClerk();
        var registered = await clerk.PostAsJsonAsync("/api/mediation/disputes", new
        {
            source = "Application", type = "CivilFamilyNeighbour", matter = "Neighbours", subject = "邻里排水纠纷",
            occurredOn = "2026-08-30", regionCode = CountyHost.Shangbao, headcount = 2, risk = "Low",
            parties = new object[]
            {
                new { personId = await county.PersonAsync("甲方"), role = "Applicant" },
                new { personId = await county.PersonAsync("乙方"), role = "Respondent" },
            },
        }).Ok();
        var path = $"/api/mediation/disputes/{registered.GetProperty("id").GetGuid()}";

        var (winner, dispute) = await RaceAsync(clerk, path, i => new HttpRequestMessage(HttpMethod.Post, $"{path}/details")
        {
            Content = JsonContent.Create(new { subject = $"邻里排水纠纷（第{i}次补正）" }),
        });

        Assert.Equal($"邻里排水纠纷（第{winner}次补正）", dispute.GetProperty("subject").GetString());
    }

    /// <summary>Sends the 16 requests at once with the ETag read before; returns the winner's index and the record after.</summary>
    private static async Task<(int Winner, JsonElement Record)> RaceAsync(
        HttpClient client, string recordPath, Func<int, HttpRequestMessage> request)
    {
        var etag = (await client.GetAsync(recordPath)).Headers.ETag!.Tag;
        var answers = await Task.WhenAll(Enumerable.Range(0, Clients).Select(async i =>
        {
            var message = request(i);
            message.Headers.TryAddWithoutValidation("If-Match", etag);
            var response = await client.SendAsync(message);
            return (Index: i, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        var winners = answers.Where(a => a.StatusCode == HttpStatusCode.OK).ToList();
        Assert.True(winners.Count == 1, $"{winners.Count} winners; the first answer: {(int)answers[0].StatusCode} {answers[0].Body}");
        var won = winners[0];
        Assert.All(answers.Where(a => a.Index != won.Index), a => Assert.True(a.StatusCode == HttpStatusCode.Conflict, $"{(int)a.StatusCode} {a.Body}"));
        return (won.Index, await client.GetFromJsonAsync<JsonElement>(recordPath));
    }
}
