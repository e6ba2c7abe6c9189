using System.Net;

namespace Governance.Modules.Petitions.Tests;

/// <summary>
/// 复查 goes to the body above the one that answered (第三十五条), 复核 to the body above the 复查 body (第三十六条): only
/// their users decide, the others are refused and are not offered the decision.
/// </summary>
[Collection(PetitionsCollection.Name)]
public sealed class ReviewRoutingTests(PetitionsHost host)
{
    [Fact]
    public async Task The_township_answers_the_county_decides_the_review_and_the_city_the_re_review()
    {
        var township = host.ClientFor(PetitionsHostBase.Beishan);
        var county = host.ClientFor(PetitionsHostBase.County);
        var city = host.ClientFor(PetitionsHostBase.City);
        var petition = await township.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        await township.DoAsync(petition.Id, "accept", new { });
        await township.DoAsync(petition.Id, "answer", new { outcome = "NotSupport", basis = "《民法典》第二百七十八条", opinion = "诉求缺乏依据" });
        await township.DoAsync(petition.Id, "deliver", new { });

        var requested = await township.DoAsync(petition.Id, "review", new { });
        Assert.Equal(PetitionsHostBase.Beishan, requested.GetProperty("handlingBody").GetString());
        Assert.Equal(PetitionsHostBase.County, requested.GetProperty("review").GetProperty("reviewBody").GetString());
        await Refused(township, petition.Id, "review/decision", "DecideReview", "第三十五条");
        await Eventually.Get(() => WorkItemScope(petition.Id, "review"), scope => scope == "330106000000", what: "the 复查 to-do of the county");
        Assert.Contains("DecideReview", await Offered(county, petition.Id));
        await county.DoAsync(petition.Id, "review/decision", new { outcome = "NotSupport", opinion = "维持原处理意见" });

        var reRequested = await county.DoAsync(petition.Id, "re-review", new { });
        Assert.Equal(PetitionsHostBase.City, reRequested.GetProperty("review").GetProperty("reReviewBody").GetString());
        await Refused(county, petition.Id, "re-review/decision", "DecideReReview", "第三十六条");
        await Refused(township, petition.Id, "re-review/decision", "DecideReReview", "第三十六条");
        Assert.Equal(HttpStatusCode.Forbidden, (await county.ActAsync(petition.Id, "re-review/hearings",
            new { startDate = "2026-03-10", endDate = "2026-03-11" })).StatusCode);
        var finalized = await city.DoAsync(petition.Id, "re-review/decision", new { outcome = "NotSupport", opinion = "复核维持" });
        Assert.Equal("Finalized", finalized.State());

        var timeline = (await county.DetailAsync(petition.Id)).GetProperty("timeline").EnumerateArray()
            .Where(s => s.GetProperty("action").GetString() is "RequestReview" or "RequestReReview")
            .Select(s => s.GetProperty("note").GetString()).ToList();
        Assert.Equal(2, timeline.Count);
        Assert.StartsWith("复查机关：", timeline[0]);
        Assert.StartsWith("复核机关：", timeline[1]);
    }

    private static async Task Refused(HttpClient client, Guid id, string path, string action, string article)
    {
        Assert.DoesNotContain(action, await Offered(client, id));
        var response = await client.ActAsync(id, path, new { outcome = "NotSupport", opinion = "越权出具" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(article, (await response.Json()).GetProperty("detail").GetString());
    }

    private static async Task<List<string?>> Offered(HttpClient client, Guid id) =>
        (await client.DetailAsync(id)).GetProperty("petition").GetProperty("allowedActions").EnumerateArray()
        .Select(a => a.GetProperty("code").GetString()).ToList();

    private async Task<string?> WorkItemScope(Guid id, string kind) =>
        (await Sql.Column(host.Database, "SELECT scope_code FROM platform.work_items WHERE module = 'Petitions' AND record_id = $1",
            $"{id}/{kind}")).SingleOrDefault();
}
