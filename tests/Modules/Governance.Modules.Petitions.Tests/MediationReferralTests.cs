using System.Net;
using System.Text.Json;

namespace Governance.Modules.Petitions.Tests;

/// <summary>
/// Referrals to modules this installation does not run degrade and say so; the Mediation module's results arrive through
/// the host's outbox relay as real events and change the petition once, even when delivered twice.
/// </summary>
[Collection(PetitionsCollection.Name)]
public sealed class MediationReferralTests(PetitionsHost host)
{
    private const string Opened = "mediation.dispute-opened-from-referral.v1";
    private const string Concluded = "mediation.dispute-concluded.v1";

    /// <summary>MediationOutcome codes as the contract numbers them.</summary>
    private const int Settled = 1;
    private const int NotSettled = 2;

    private readonly HttpClient _desk = host.ClientFor(PetitionsHostBase.Beishan);

    [Fact]
    public async Task Referrals_to_modules_that_are_not_enabled_are_recorded_as_not_sent()
    {
        var person = await host.PersonAsync();
        var petition = await _desk.RegisterAsync(PetitionApi.Body(person));

        var mediation = await _desk.DoAsync(petition.Id, "refer/mediation", new { note = "适宜人民调解" });
        Assert.Equal("未移送（模块未启用）", mediation.GetProperty("referrals").GetProperty("mediation").GetString());
        var legalAid = await _desk.DoAsync(petition.Id, "refer/legal-aid", new { personId = person, matter = "请求支付劳动报酬" });
        Assert.Equal("未移送（模块未启用）", legalAid.GetProperty("referrals").GetProperty("legalAid").GetString());
        var hazard = await _desk.DoAsync(petition.Id, "refer/hazard", new { description = "楼道堆放易燃物", location = "保俶路 12 号" });
        Assert.Equal("未移送（模块未启用）", hazard.GetProperty("referrals").GetProperty("hazard").GetString());

        var notes = (await _desk.DetailAsync(petition.Id)).GetProperty("timeline").EnumerateArray()
            .Where(s => s.GetProperty("action").GetString()!.StartsWith("Refer") || s.GetProperty("action").GetString() == "ReportHazard")
            .Select(s => s.GetProperty("note").GetString()!).ToList();
        Assert.Equal(3, notes.Count);
        Assert.Contains(notes, n => n.Contains("调解模块未启用"));
        Assert.Contains(notes, n => n.Contains("法律援助模块未启用"));
        Assert.Contains(notes, n => n.Contains("安全隐患排查模块未启用"));
        Assert.Equal(0, await host.Count(
            "SELECT count(*) FROM petitions.outbox_messages WHERE type LIKE 'petitions.petition-%' AND payload->>'petitionId' = $1",
            petition.Id.ToString()));

        var stranger = await _desk.ActAsync(petition.Id, "refer/legal-aid", new { personId = Guid.NewGuid(), matter = "某事项" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stranger.StatusCode);
    }

    [Fact]
    public async Task A_settled_mediation_delivered_through_the_outbox_answers_the_petition_from_its_agreement()
    {
        var petition = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync(), subject: "邻里漏水纠纷"));
        await _desk.DoAsync(petition.Id, "accept");
        var tooEarly = await _desk.ActAsync(petition.Id, "answer", new { outcome = "Support", fromMediation = true });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooEarly.StatusCode);

        // The agreement took effect the day after acceptance; its result is delivered two days later.
        var effective = host.Clock.GetUtcNow().AddDays(1);
        host.Advance(TimeSpan.FromDays(3));
        var desk = host.ClientFor(PetitionsHostBase.Beishan);
        var disputeId = Guid.NewGuid();
        await host.Deliver(Opened, new
        {
            disputeId, disputeNumber = "TJ330106-2026-0007", scopeCode = PetitionsHostBase.Shangbao, sourceModule = "Petitions",
            sourceRecordId = petition.Id.ToString(),
        });
        var concluded = new
        {
            disputeId, disputeNumber = "TJ330106-2026-0007", scopeCode = PetitionsHostBase.Shangbao, sourceModule = "Petitions",
            sourceRecordId = petition.Id.ToString(), outcome = Settled, agreementId = Guid.NewGuid(),
            agreementSummary = "楼上住户赔偿维修费 3000 元并修复防水层", suggestedChannel = (string?)null, concludedAt = effective,
        };
        var concludedId = await host.Deliver(Concluded, concluded);
        await WaitForProcessed();

        var answered = (await desk.DetailAsync(petition.Id)).GetProperty("petition");
        Assert.Equal("Answered", answered.State());
        var referrals = answered.GetProperty("referrals");
        Assert.Equal("TJ330106-2026-0007", referrals.GetProperty("disputeNumber").GetString());
        Assert.Equal("Settled", referrals.GetProperty("mediationOutcome").GetString());
        Assert.Equal("已移送", referrals.GetProperty("mediation").GetString());
        var answer = answered.GetProperty("answer");
        Assert.True(answer.GetProperty("fromMediation").GetBoolean());
        Assert.Equal("Support", answer.GetProperty("outcome").GetString());
        Assert.Contains("赔偿维修费 3000 元", answer.GetProperty("basis").GetString());
        Assert.Equal("楼上住户赔偿维修费 3000 元并修复防水层", answer.GetProperty("opinion").GetString());
        Assert.Equal(effective, answered.Time("answer.answeredAt"));
        Assert.True(answer.GetProperty("onTime").GetBoolean());

        // The same message again (the inbox skips it) and the same result as a new message (the business key skips it).
        await Sql.Execute(host.Database, "UPDATE petitions.outbox_messages SET processed_at = NULL WHERE id = $1", concludedId);
        await host.Deliver(Concluded, concluded);
        await WaitForProcessed();
        var timeline = (await desk.DetailAsync(petition.Id)).GetProperty("timeline").EnumerateArray().ToList();
        Assert.Single(timeline, s => s.GetProperty("action").GetString() == "MediationOpened");
        Assert.Single(timeline, s => s.GetProperty("action").GetString() == "MediationConcluded");
        var answerStep = Assert.Single(timeline, s => s.GetProperty("action").GetString() == "Answer");
        Assert.Equal("调解模块", answerStep.GetProperty("actorName").GetString());
        Assert.Equal("Answered", answerStep.GetProperty("toState").GetString());

        // 送达 stays the clerk's.
        Assert.Equal("Delivered", (await desk.DoAsync(petition.Id, "deliver")).State());
        host.Advance(TimeSpan.FromDays(35));
        var closed = await host.ClientFor(PetitionsHostBase.Beishan).DoAsync(petition.Id, "finalize", new { note = "调解结案，期满未申请复查" });
        Assert.Equal("Finalized", closed.State());
    }

    [Fact]
    public async Task Events_about_other_modules_records_are_ignored()
    {
        var petition = await _desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        var now = host.Clock.GetUtcNow();
        await host.Deliver(Concluded, new
        {
            disputeId = Guid.NewGuid(), disputeNumber = "TJ-1", scopeCode = PetitionsHostBase.Shangbao, sourceModule = "Court",
            sourceRecordId = petition.Id.ToString(), outcome = NotSettled, suggestedChannel = "诉讼", concludedAt = now,
        });
        await WaitForProcessed();
        var referrals = (await _desk.DetailAsync(petition.Id)).GetProperty("petition").GetProperty("referrals");
        Assert.Equal(JsonValueKind.Null, referrals.GetProperty("mediationOutcome").ValueKind);
    }

    private Task WaitForProcessed() => Eventually.Get(
        () => host.Count("SELECT count(*) FROM petitions.outbox_messages WHERE processed_at IS NULL AND type LIKE 'mediation.%'"),
        pending => pending == 0, what: "the relay to deliver the mediation events");
}
