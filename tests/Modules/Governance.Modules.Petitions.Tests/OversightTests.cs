using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Modules.Petitions.Tests;

/// <summary>督办, 领导包案, 联合接访, 重大紧急上报, overdue flags and the special-group check.</summary>
[Collection(PetitionsCollection.Name)]
public sealed class OversightTests(PetitionsHost host)
{
    private HttpClient _desk = host.ClientFor(PetitionsHostBase.Beishan);

    [Fact]
    public async Task Supervision_leader_case_and_joint_reception_are_kept_and_the_leader_gets_the_work_item()
    {
        var petition = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        await _desk.DoAsync(petition.Id, "accept");

        var supervised = await _desk.DoAsync(petition.Id, "supervision", new { level = "Red", note = "群众反映强烈，限期办结" });
        Assert.Equal("红牌督办", supervised.GetProperty("oversight").GetProperty("supervisionLevelName").GetString());

        var leader = Guid.NewGuid();
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().AddHours(8).DateTime);
        var missingTeam = await _desk.ActAsync(petition.Id, "leader-case",
            new { leaderId = leader, leaderName = "副区长 周某", plan = "召开协调会", deadline = today.AddDays(30) });
        Assert.Equal(HttpStatusCode.BadRequest, missingTeam.StatusCode);
        var owned = await _desk.DoAsync(petition.Id, "leader-case",
            new { leaderId = leader, leaderName = "副区长 周某", team = new[] { "住建局 吴某", "街道 郑某" }, plan = "召开协调会", deadline = today.AddDays(30) });
        Assert.Equal(leader, owned.GetProperty("oversight").GetProperty("leaderId").GetGuid());
        await Eventually.Get(
            () => host.Count("SELECT count(*) FROM platform.work_items WHERE record_id = $1 AND assignee = $2", petition.Id.ToString(), leader),
            n => n == 1, what: "the leader's work item");
        var mine = await _desk.GetFromJsonAsync<JsonElement>($"{PetitionApi.Petitions}?assignee={leader}");
        Assert.Equal(petition.Id, Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        var single = await _desk.ActAsync(petition.Id, "joint-reception", new { departments = new[] { "zjj" } });
        Assert.Equal(HttpStatusCode.BadRequest, single.StatusCode);
        var joint = await _desk.DoAsync(petition.Id, "joint-reception", new { departments = new[] { "zjj", "rsj", "bsjd" }, note = "一站式接待" });
        Assert.Equal(3, joint.GetProperty("oversight").GetProperty("jointDepartments").GetArrayLength());

        var supervisedList = await _desk.GetFromJsonAsync<JsonElement>($"{PetitionApi.Petitions}?supervised=true&q={petition.TrackingNumber}");
        Assert.Equal("红牌督办", supervisedList.GetProperty("items")[0].GetProperty("supervisionLevel").GetString());
    }

    [Fact]
    public async Task A_major_urgent_petition_is_reported_to_the_county_at_once()
    {
        var petition = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()).With("isMajorUrgent", true).With("headcount", 3));
        Assert.NotEqual(JsonValueKind.Null, petition.Body.GetProperty("petition").GetProperty("reportedUpAt").ValueKind);
        var county = await Eventually.Get(
            () => Sql.Column(host.Database, "SELECT scope_code FROM platform.work_items WHERE record_id = $1", $"{petition.Id}/report-up"),
            rows => rows.Count == 1, what: "the county's work item");
        Assert.Equal("330106000000", county[0]);

        var twice = await _desk.ActAsync(petition.Id, "report-up", new { note = "再次上报" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);

        var later = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        var reported = await _desk.DoAsync(later.Id, "report-up", new { note = "涉及人数增加，可能引发群体性事件" });
        Assert.True(reported.GetProperty("isMajorUrgent").GetBoolean());
    }

    [Fact]
    public async Task Running_deadlines_turn_overdue_and_the_list_filters_them()
    {
        var petition = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync(), subject: "超期测试事项"));
        var fresh = await _desk.GetFromJsonAsync<JsonElement>($"{PetitionApi.Petitions}?overdue=true&q=超期测试事项");
        Assert.Equal(0, fresh.GetProperty("total").GetInt32());

        host.Advance(TimeSpan.FromDays(20));
        _desk = host.ClientFor(PetitionsHostBase.Beishan);
        var overdue = await _desk.GetFromJsonAsync<JsonElement>($"{PetitionApi.Petitions}?overdue=true&q=超期测试事项");
        var item = Assert.Single(overdue.GetProperty("items").EnumerateArray());
        Assert.True(item.GetProperty("overdue").GetBoolean());
        var detail = (await _desk.DetailAsync(petition.Id)).GetProperty("petition").GetProperty("deadlines");
        Assert.Equal("Overdue", detail.GetProperty("deadlineState").GetString());
    }

    [Fact]
    public async Task The_special_group_check_says_it_cannot_be_made_and_is_audited()
    {
        var petition = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        var url = $"{PetitionApi.Petitions}/{petition.Id}/special-groups";
        var before = await host.Count("SELECT count(*) FROM platform.audit_log WHERE operation = 'read' AND record_id = $1", petition.Id.ToString());

        var flags = await _desk.GetFromJsonAsync<JsonElement>(url);
        Assert.False(flags.GetProperty("available").GetBoolean());
        Assert.Equal("特殊人群模块未启用，无法核查", flags.GetProperty("message").GetString());
        Assert.Equal(before + 1,
            await host.Count("SELECT count(*) FROM platform.audit_log WHERE operation = 'read' AND record_id = $1", petition.Id.ToString()));

        var withoutPermission = host.ClientWith(PetitionsHostBase.Beishan, "petitions.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await withoutPermission.GetAsync(url)).StatusCode);
    }
}
