using System.Net;
using System.Net.Http.Json;

namespace Governance.Modules.Petitions.Tests;

/// <summary>
/// 第三十四条's 60 days bind the 信访处理意见书 of 第三十一条第六项: the duty route, 建议意见 and 检举控告 run on clocks
/// of their own, and a matter for a legal procedure is 导入 it even after 受理.
/// </summary>
[Collection(PetitionsCollection.Name)]
public sealed class HandlingRouteTests(PetitionsHost host)
{
    [Theory]
    [InlineData("Claim", null, "petitions.handling", "Opinion")]
    [InlineData("Claim", "Duty", "petitions.duty-handling", "Duty")]
    [InlineData("Suggestion", null, "petitions.suggestion-reply", null)]
    [InlineData("Accusation", null, "petitions.accusation-handling", null)]
    public async Task Each_route_and_category_runs_on_its_own_rule(string category, string? route, string rule, string? recorded)
    {
        await DistinguishRulesAsync();
        var desk = host.ClientFor(PetitionsHostBase.Beishan);
        var petition = await desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()).With("category", category));

        var accepted = await desk.DoAsync(petition.Id, "accept", route is null ? new { } : new { route });

        Assert.Equal(await desk.DueAsync(rule, accepted.Time("acceptedAt")), accepted.Time("deadlines.handling"));
        Assert.Equal(recorded, accepted.GetProperty("handlingRoute").GetString());
    }

    [Fact]
    public async Task A_route_for_a_suggestion_is_refused_and_an_accepted_claim_can_be_led_into_a_legal_procedure()
    {
        var desk = host.ClientFor(PetitionsHostBase.Beishan);
        var suggestion = await desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()).With("category", "Suggestion"));
        var refused = await desk.ActAsync(suggestion.Id, "accept", new { route = "Duty" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("第二十九条", (await refused.Json()).GetProperty("detail").GetString());

        var claim = await desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        await desk.DoAsync(claim.Id, "accept", new { });
        var led = await desk.DoAsync(claim.Id, "separate-litigation", new { channel = "向劳动人事争议仲裁委员会申请仲裁" });
        Assert.Equal("RoutedToLitigation", led.State());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, led.GetProperty("deadlines").GetProperty("current").ValueKind);
    }

    /// <summary>
    /// The seeded rules all give 60 days: the three besides 第三十四条's are set to lengths of their own here, so that a
    /// petition put on the wrong clock is seen whatever order the cases run in.
    /// </summary>
    private async Task DistinguishRulesAsync()
    {
        var admin = host.ClientAs(TestUsers.Administrator());
        foreach (var (rule, days) in new[] { ("petitions.duty-handling", 20), ("petitions.suggestion-reply", 25), ("petitions.accusation-handling", 35) })
        {
            var saved = await admin.PutAsJsonAsync($"/api/platform/deadline-rules/{rule}",
                new { amount = days, unit = "CalendarDays", warnBefore = 3, description = "本地规定", legalBasis = "本县信访工作规则" });
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }
    }
}
