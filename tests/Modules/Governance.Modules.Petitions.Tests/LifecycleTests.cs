using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.SharedKernel.Time;

namespace Governance.Modules.Petitions.Tests;

/// <summary>A petition desk's day: registration to 终结 through HTTP, with the timeline and the to-do list following.</summary>
[Collection(PetitionsCollection.Name)]
public sealed class LifecycleTests(PetitionsHost host)
{
    private HttpClient _desk = host.ClientFor(PetitionsHostBase.Beishan);

    [Fact]
    public async Task Register_accept_extend_answer_deliver_rate_and_finalize()
    {
        var person = await host.PersonAsync();
        var registered = await _desk.RegisterAsync(PetitionApi.Body(person));
        Assert.Matches(@"^XF330106\d{8}\d{6}$", registered.TrackingNumber);
        Assert.Equal(8, registered.QueryCode.Length);
        var petition = registered.Body.GetProperty("petition");
        Assert.Equal("Registered", petition.State());
        Assert.True(petition.GetProperty("isFirst").GetBoolean());
        Assert.Equal(0, await host.Count("SELECT count(*) FROM petitions.petitions WHERE query_code_hash = $1", registered.QueryCode));

        var accepted = await _desk.DoAsync(registered.Id, "accept", new { note = "当场受理" });
        Assert.Equal("Accepted", accepted.State());
        var handlingDue = accepted.Time("deadlines.handling");
        Assert.Equal(accepted.Time("deadlines.current"), handlingDue);
        // 60 days from the day after acceptance, to 24:00; a period ending on a day off runs to the next working day.
        var sixtiethDay = ChinaTime.EndOf(ChinaTime.DateOf(host.Clock.GetUtcNow()).AddDays(60));
        Assert.InRange(handlingDue, sixtiethDay, sixtiethDay.AddDays(8));

        var tooLong = await _desk.ActAsync(registered.Id, "extension", new { days = 40, reason = "需多部门会商" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        var requested = await _desk.DoAsync(registered.Id, "extension", new { days = 20, reason = "需多部门会商" });
        Assert.Equal("审核中", requested.GetProperty("extension").GetProperty("stateName").GetString());
        // The kit's rule: an extension is decided by someone other than the one who asked.
        var approver = host.ClientFor(PetitionsHostBase.Beishan);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await _desk.ActAsync(registered.Id, "extension/approve", new { note = "同意" })).StatusCode);
        var approved = await approver.DoAsync(registered.Id, "extension/approve", new { note = "同意" });
        Assert.Equal("同意", approved.GetProperty("extension").GetProperty("stateName").GetString());
        Assert.Equal(handlingDue.AddDays(20), approved.Time("deadlines.extended"));
        Assert.Equal(handlingDue.AddDays(20), approved.Time("deadlines.current"));
        var again = await _desk.ActAsync(registered.Id, "extension", new { days = 5, reason = "再延" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("只能延长一次", (await again.Json()).GetProperty("detail").GetString());

        var answered = await _desk.DoAsync(registered.Id, "answer",
            new { outcome = "Explain", basis = "《某市既有住宅加装电梯实施办法》第八条", opinion = "费用由业主协商分摊，街道予以协调" });
        Assert.Equal("Answered", answered.State());
        Assert.True(answered.GetProperty("answer").GetProperty("onTime").GetBoolean());
        var delivered = await _desk.DoAsync(registered.Id, "deliver", new { note = "当面送达" });
        Assert.Equal("Delivered", delivered.State());

        var early = await _desk.ActAsync(registered.Id, "finalize", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("期满未请求方可终结", (await early.Json()).GetProperty("detail").GetString());

        var rating = await host.Anonymous().PostAsJsonAsync($"{PetitionApi.Petitions}/public/rating",
            new { trackingNumber = registered.TrackingNumber, queryCode = registered.QueryCode, satisfaction = "BasicallySatisfied" });
        Assert.Equal(HttpStatusCode.OK, rating.StatusCode);

        host.Advance(TimeSpan.FromDays(35));
        _desk = host.ClientFor(PetitionsHostBase.Beishan);
        var finalized = await _desk.DoAsync(registered.Id, "finalize", new { note = "期满未申请复查" });
        Assert.Equal("Finalized", finalized.State());
        Assert.Empty(finalized.GetProperty("allowedActions").EnumerateArray());
        Assert.Equal("基本满意", finalized.GetProperty("answer").GetProperty("satisfactionName").GetString());

        var detail = await _desk.DetailAsync(registered.Id);
        var actions = detail.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("action").GetString()).ToList();
        Assert.Equal(["Register", "Accept", "RequestExtension", "ApproveExtension", "Answer", "Deliver", "Rate", "Finalize"], actions);
        Assert.Equal("王信访", detail.GetProperty("petitioners")[0].GetProperty("name").GetString());
        Assert.True(await host.Count("SELECT count(*) FROM platform.audit_log WHERE operation = 'read' AND record_id = $1",
            registered.Id.ToString()) >= 1);

        var workItem = await Eventually.Get(
            () => Sql.Column(host.Database, "SELECT status FROM platform.work_items WHERE module = 'Petitions' AND record_id = $1 AND closed_at IS NOT NULL",
                registered.Id.ToString()),
            rows => rows.Count == 1, what: "the closed work item");
        Assert.Equal("已终结", workItem[0]);
    }

    [Fact]
    public async Task Transfer_objection_within_five_working_days_returns_it_and_a_late_objection_is_refused()
    {
        var registered = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        var transferred = await _desk.DoAsync(registered.Id, "transfer", new { department = "zjj", note = "属住建部门职权" });
        Assert.Equal("AwaitingAcceptance", transferred.State());
        Assert.Equal("zjj", transferred.GetProperty("handlingDepartment").GetString());
        Assert.Equal(transferred.Time("deadlines.acceptance"), transferred.Time("deadlines.current"));

        var workItem = await Eventually.Get(
            () => Sql.Column(host.Database, "SELECT department || '|' || status || '|' || due_at FROM platform.work_items WHERE record_id = $1",
                registered.Id.ToString()),
            rows => rows.Count == 1 && rows[0].StartsWith("zjj|"), what: "the work item to follow the transfer");
        Assert.StartsWith("zjj|待受理（已转送交办）|", workItem[0]);

        var objected = await _desk.DoAsync(registered.Id, "object", new { reason = "不属本部门职权" });
        Assert.Equal("Registered", objected.State());
        Assert.Equal(JsonValueKind.Null, objected.GetProperty("handlingDepartment").ValueKind);

        await _desk.DoAsync(registered.Id, "assign", new { department = "bsjd" });
        host.Advance(TimeSpan.FromDays(10));
        _desk = host.ClientFor(PetitionsHostBase.Beishan);
        var late = await _desk.ActAsync(registered.Id, "object", new { reason = "迟到的异议" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("异议期限已过", (await late.Json()).GetProperty("detail").GetString());

        var accepted = await _desk.DoAsync(registered.Id, "accept", new { });
        Assert.Equal("Accepted", accepted.State());
        Assert.Equal("bsjd", accepted.GetProperty("handlingDepartment").GetString());
        var notified = await _desk.DoAsync(registered.Id, "notify", new { note = "已寄送受理告知书" });
        Assert.NotEqual(JsonValueKind.Null, notified.GetProperty("deadlines").GetProperty("noticeSentAt").ValueKind);
    }

    [Fact]
    public async Task Not_accepted_and_litigation_related_petitions_close_with_the_channel_named()
    {
        var rejected = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        var missing = await _desk.ActAsync(rejected.Id, "reject", new { reason = "已进入诉讼程序" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("途径", (await missing.Json()).FieldErrors("channel")[0]);
        var closed = await _desk.DoAsync(rejected.Id, "reject", new { reason = "属仲裁事项", channel = "向劳动人事争议仲裁委员会申请仲裁" });
        Assert.Equal("NotAccepted", closed.State());
        Assert.Equal("向劳动人事争议仲裁委员会申请仲裁", closed.GetProperty("suggestedChannel").GetString());

        var litigation = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()).With("isLitigationRelated", true));
        var separated = await _desk.DoAsync(litigation.Id, "separate-litigation", new { channel = "向西湖区人民法院申请再审" });
        Assert.Equal("RoutedToLitigation", separated.State());
        Assert.Equal("向西湖区人民法院申请再审", separated.GetProperty("litigationChannel").GetString());
    }
}
