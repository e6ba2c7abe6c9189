using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Modules.Petitions.Tests;

/// <summary>
/// Every state of the machine is reached through the API; in each, every action the machine does not allow is a 422 naming
/// the current state and the allowed actions, and the allowed actions equal the published transition table.
/// </summary>
[Collection(PetitionsCollection.Name)]
public sealed class WorkflowTests(PetitionsHost host)
{
    /// <summary>Each state-machine action: its endpoint and a body that passes validation.</summary>
    private static readonly Dictionary<string, (string Path, object Body)> Actions = new()
    {
        ["Accept"] = ("accept", new { }),
        ["Reject"] = ("reject", new { reason = "不属信访事项", channel = "向人民法院起诉" }),
        ["Transfer"] = ("transfer", new { department = "zjj" }),
        ["Assign"] = ("assign", new { department = "bsjd" }),
        ["Decline"] = ("object", new { reason = "不属本单位职权" }),
        ["SeparateLitigation"] = ("separate-litigation", new { channel = "向人民法院申请再审" }),
        ["Answer"] = ("answer", new { outcome = "NotSupport", basis = "《民法典》第二百七十八条", opinion = "诉求缺乏依据" }),
        ["Deliver"] = ("deliver", new { }),
        ["RequestReview"] = ("review", new { }),
        ["DecideReview"] = ("review/decision", new { outcome = "NotSupport", opinion = "维持原处理意见" }),
        ["RequestReReview"] = ("re-review", new { }),
        ["DecideReReview"] = ("re-review/decision", new { outcome = "NotSupport", opinion = "复核维持" }),
        ["Finalize"] = ("finalize", new { }),
    };

    private HttpClient _desk = host.ClientFor(PetitionsHostBase.Beishan);

    /// <summary>The body above 北山街道, which decides the 复查 of its answers (第三十五条).</summary>
    private readonly HttpClient _county = host.ClientFor(PetitionsHostBase.County);

    [Fact]
    public async Task Every_state_refuses_the_actions_it_does_not_allow_and_the_review_chain_ends_in_finalization()
    {
        var table = await TransitionTable();
        var person = await host.PersonAsync("复核人");
        var petition = await _desk.RegisterAsync(PetitionApi.Body(person, subject: "征地补偿标准争议").With("domain", "LandResources"));
        var id = petition.Id;

        await Check(id, "Registered", table);
        await Step(id, "Transfer", "AwaitingAcceptance", table);
        await Step(id, "Accept", "Accepted", table);
        await Step(id, "Answer", "Answered", table);
        await Step(id, "Deliver", "Delivered", table, notYet: "Finalize");
        var underReview = await Step(id, "RequestReview", "UnderReview", table, _county);
        Assert.Equal(underReview.Time("review.reviewDue"), underReview.Time("deadlines.current"));
        await Step(id, "DecideReview", "Reviewed", table, _county, notYet: "Finalize");
        // 复核 by the body above the county's: 杭州市.
        var city = host.ClientFor(PetitionsHostBase.City);
        var underReReview = await Step(id, "RequestReReview", "UnderReReview", table, city);
        var reReviewDue = underReReview.Time("review.reReviewDue");

        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().AddHours(8).DateTime);
        var heard = await city.DoAsync(id, "re-review/hearings", new { startDate = today.AddDays(2), endDate = today.AddDays(4), note = "公开听证" });
        Assert.Equal(3, heard.GetProperty("review").GetProperty("hearingDays").GetInt32());
        Assert.Equal(reReviewDue.AddDays(3), heard.Time("review.reReviewDue"));
        Assert.Equal(reReviewDue.AddDays(3), heard.Time("deadlines.current"));
        var badHearing = await city.ActAsync(id, "re-review/hearings", new { startDate = today.AddDays(4), endDate = today.AddDays(2) });
        Assert.Equal(HttpStatusCode.BadRequest, badHearing.StatusCode);

        var finalized = await Step(id, "DecideReReview", "Finalized", table, city);
        Assert.NotEqual(JsonValueKind.Null, finalized.GetProperty("closedAt").ValueKind);

        var again = await _desk.RegisterAsync(PetitionApi.Body(person, subject: "征地补偿标准争议").With("originalPetitionId", id));
        var repeat = again.Body.GetProperty("petition");
        Assert.Equal("NotAcceptedAgain", repeat.State());
        Assert.True(repeat.GetProperty("isRepeat").GetBoolean());
        await Check(again.Id, "NotAcceptedAgain", table);
    }

    [Fact]
    public async Task The_other_allowed_transitions_and_the_closed_states()
    {
        var table = await TransitionTable();
        var routed = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        await Step(routed.Id, "Assign", "AwaitingAcceptance", table);
        await Step(routed.Id, "Reject", "NotAccepted", table);

        var litigation = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        await Step(litigation.Id, "SeparateLitigation", "RoutedToLitigation", table);

        var reviewed = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        foreach (var action in new[] { "Accept", "Answer", "Deliver", "RequestReview", "DecideReview" })
        {
            await (action == "DecideReview" ? _county : _desk).DoAsync(reviewed.Id, Actions[action].Path, Actions[action].Body);
        }

        var early = await _desk.ActAsync(reviewed.Id, "finalize", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        host.Advance(TimeSpan.FromDays(35));
        _desk = host.ClientFor(PetitionsHostBase.Beishan);
        await Step(reviewed.Id, "Finalize", "Finalized", table);
    }

    [Fact]
    public async Task Review_requests_outside_their_windows_are_refused_with_the_reason()
    {
        var petition = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        foreach (var action in new[] { "Accept", "Answer", "Deliver" })
        {
            await _desk.DoAsync(petition.Id, Actions[action].Path, Actions[action].Body);
        }

        host.Advance(TimeSpan.FromDays(40));
        _desk = host.ClientFor(PetitionsHostBase.Beishan);
        var late = await _desk.ActAsync(petition.Id, "review", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        var problem = await late.Json();
        Assert.Contains("第三十五条", problem.GetProperty("detail").GetString());
        Assert.Equal("Delivered", (await _desk.DetailAsync(petition.Id)).GetProperty("petition").State());

        await _desk.DoAsync(petition.Id, "finalize", new { });
        var afterEnd = await _desk.ActAsync(petition.Id, "re-review", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, afterEnd.StatusCode);
        Assert.Equal("Finalized", (await afterEnd.Json()).GetProperty("currentState").GetString());
    }

    private async Task<JsonElement> Step(
        Guid id, string action, string expected, ILookup<string, string> table, HttpClient? by = null, string? notYet = null)
    {
        var petition = await (by ?? _desk).DoAsync(id, Actions[action].Path, Actions[action].Body);
        Assert.Equal(expected, petition.State());
        await Check(id, expected, table, by, notYet);
        return petition;
    }

    /// <summary>
    /// In <paramref name="state"/>: allowed = the table's but <paramref name="notYet"/> (a step whose statutory window has
    /// not passed yet), every other action a 422 that changes nothing.
    /// </summary>
    private async Task Check(Guid id, string state, ILookup<string, string> table, HttpClient? by = null, string? notYet = null)
    {
        var caller = by ?? _desk;
        var detail = (await caller.DetailAsync(id)).GetProperty("petition");
        Assert.Equal(state, detail.State());
        // allowedActions also lists the steps beside the machine (督办, 延期 …) this caller may take now; of the machine's
        // actions it lists exactly the table's.
        var allowed = detail.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetProperty("code").GetString()!)
            .Where(Actions.ContainsKey).ToHashSet();
        Assert.Equal(table[state].Where(a => a != notYet).ToHashSet(), allowed);
        foreach (var (action, (path, body)) in Actions.Where(a => !allowed.Contains(a.Key) && a.Key != notYet))
        {
            var response = await caller.ActAsync(id, path, body);
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{state} + {action}: {(int)response.StatusCode}");
            var problem = await response.Json();
            Assert.Equal(state, problem.GetProperty("currentState").GetString());
            Assert.Equal(allowed, problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetProperty("code").GetString()!).ToHashSet());
        }

        Assert.Equal(state, (await caller.DetailAsync(id)).GetProperty("petition").State());
    }

    private async Task<ILookup<string, string>> TransitionTable()
    {
        var tables = await _desk.GetFromJsonAsync<JsonElement>($"{PetitionApi.Petitions}/code-tables");
        return tables.GetProperty("transitions").EnumerateArray()
            .ToLookup(t => t.GetProperty("from").GetString()!, t => t.GetProperty("action").GetString()!);
    }
}
