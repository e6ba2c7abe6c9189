using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Modules.Mediation.Tests;

/// <summary>
/// Petition → mediation → petition through the outbox, with the host's relay delivering a real
/// <c>petitions.petition-referred-to-mediation.v1</c> message (Petitions itself is not installed here), and the
/// degraded legal-aid and special-group flows (neither module is installed).
/// </summary>
public sealed class ReferralTests(MediationHost host) : IClassFixture<MediationHost>
{
    private const string ReferralEvent = "petitions.petition-referred-to-mediation.v1";

    [Fact]
    public async Task A_referred_petition_becomes_one_dispute_and_its_settlement_goes_back_to_petitions()
    {
        var clerk = host.Clerk(MediationHost.Beishan);
        var petitioner = await host.PersonAsync(clerk, name: "赵信访");
        var petitionId = Guid.NewGuid();
        var firstMessage = await Refer(petitionId, [petitioner], headcount: 1);

        var disputeId = await Eventually.Get(
            () => Sql.Column(host.Database, "SELECT id FROM mediation.disputes WHERE source_module = 'Petitions' AND source_record_id = $1", petitionId.ToString()),
            rows => rows.Count == 1, what: "the dispute opened from the referral");
        var id = Guid.Parse(disputeId[0]);

        // The same message delivered again, and the same petition referred again under another message id.
        await Sql.Execute(host.Database, "UPDATE mediation.outbox_messages SET processed_at = NULL WHERE id = $1", firstMessage);
        var secondMessage = await Refer(petitionId, [petitioner], headcount: 1);
        await Eventually.Get(
            () => Sql.Scalar<long>(host.Database, "SELECT count(*) FROM mediation.outbox_messages WHERE id = ANY($1) AND processed_at IS NULL", new[] { firstMessage, secondMessage }),
            pending => pending == 0, what: "both deliveries");
        Assert.Equal(1L, await host.Count("SELECT count(*) FROM mediation.disputes WHERE source_record_id = $1", petitionId.ToString()));
        Assert.Equal(1L, await host.Count(
            "SELECT count(*) FROM mediation.outbox_messages WHERE type = 'mediation.dispute-opened-from-referral.v1' AND payload->>'sourceRecordId' = $1 AND payload->>'sourceModule' = 'Petitions' AND payload->>'disputeId' = $2",
            petitionId.ToString(), id.ToString()));

        var dispute = await clerk.GetAsync(id);
        Assert.Equal("PetitionReferral", dispute.GetProperty("source").GetString());
        Assert.Equal("信访转入", dispute.GetProperty("sourceName").GetString());
        Assert.Equal("Village", dispute.GetProperty("level").GetString());
        Assert.Single(dispute.GetProperty("parties").EnumerateArray());
        Assert.Contains("当事人不足两方", (await clerk.GetFromJsonAsync<JsonElement>($"/api/mediation/disputes/{id}/timeline"))[0].GetProperty("note").GetString());

        // Fewer than two parties: registered, but not accepted until the clerk completes them.
        await clerk.StepOkAsync(id, "consent", new { partyId = dispute.PartyId(0), consent = "Agreed" });
        var tooFew = await clerk.StepAsync(id, "accept", new { mediationType = "People", committee = "上保社区人民调解委员会", mediators = new[] { "李调解" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooFew.StatusCode);
        Assert.Contains("至少有两方当事人", (await tooFew.Json()).GetProperty("detail").GetString());
        var other = await host.PersonAsync(clerk, name: "钱邻居");
        var completed = await clerk.StepOkAsync(id, "details", Disputes.Body(petitioner, other).With("matter", "ContractPerformance"));
        Assert.Equal(2, completed.GetProperty("parties").GetArrayLength());
        Assert.Equal("同意调解", completed.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("personId").GetGuid() == petitioner)
            .GetProperty("consentName").GetString());

        await clerk.AcceptAsync(completed);
        var settled = await clerk.StepOkAsync(id, "agreement", new { form = "Oral", facts = "排水管渗漏", terms = "钱邻居三日内修复排水管" });
        Assert.Equal("Performing", settled.State());

        var rows = await Eventually.Get(
            () => Sql.Column(host.Database, "SELECT payload::text FROM mediation.outbox_messages WHERE type = 'mediation.dispute-concluded.v1' AND payload->>'disputeId' = $1", id.ToString()),
            found => found.Count == 1, what: "the conclusion event");
        var concluded = JsonDocument.Parse(rows[0]).RootElement;
        Assert.Equal("Petitions", concluded.GetProperty("sourceModule").GetString());
        Assert.Equal(petitionId.ToString(), concluded.GetProperty("sourceRecordId").GetString());
        Assert.Equal(settled.GetProperty("agreement").GetProperty("id").GetGuid(), concluded.GetProperty("agreementId").GetGuid());
        Assert.Equal("钱邻居三日内修复排水管", concluded.GetProperty("agreementSummary").GetString());
    }

    [Fact]
    public async Task A_failed_mediation_in_a_legal_aid_matter_notes_that_legal_aid_is_not_enabled_and_publishes_nothing_for_it()
    {
        var clerk = host.Clerk(MediationHost.Shangbao);
        var worker = await host.PersonAsync(clerk, name: "孙工人");
        var company = (await clerk.PostAsJsonAsync("/api/registry/organisations",
            new { name = "杭州某某科技有限公司", creditCode = "91330106MA2B0ABC6H", regionCode = MediationHost.Shangbao }).Ok()).GetProperty("id").GetGuid();
        var body = Disputes.Body(worker, company).With("type", "Labour").With("matter", "LabourRemuneration").With("subject", "拖欠工资")
            .With("parties", new object[] { new { personId = worker, role = "Applicant", isSupervised = true }, new { organisationId = company, role = "Respondent" } });
        var dispute = await clerk.RegisterAsync(body);
        Assert.True(dispute.GetProperty("parties")[0].GetProperty("isSupervised").GetBoolean());
        Assert.Equal("杭州某某科技有限公司", dispute.GetProperty("parties")[1].GetProperty("name").GetString());
        var supervisedRead = await host.Count(
            "SELECT count(*) FROM platform.audit_log WHERE record_id = $1 AND detail LIKE '%特殊人群%'", dispute.Id().ToString());
        Assert.True(supervisedRead >= 1, "showing a party marked 特殊人群 is an audited read");
        await clerk.AcceptAsync(dispute);

        var failed = await clerk.StepOkAsync(dispute.Id(), "fail", new { reason = "用人单位拒绝支付", suggestedChannel = "向劳动人事争议仲裁委员会申请仲裁" });
        Assert.Equal("NotSettled", failed.State());
        Assert.Equal("调解不成", failed.GetProperty("outcomeName").GetString());

        var timeline = await clerk.GetFromJsonAsync<JsonElement>($"/api/mediation/disputes/{dispute.Id()}/timeline");
        var notes = timeline.EnumerateArray().GroupBy(s => s.GetProperty("action").GetString()!).ToDictionary(g => g.Key, g => g.Last().GetProperty("note").GetString());
        Assert.Contains("法律援助模块未启用", notes["OfferLegalAid"]);
        Assert.Contains("请求确认劳动关系或者支付劳动报酬", notes["OfferLegalAid"]);
        Assert.Contains("特殊人群模块未启用", notes["NotifySupervisor"]);
        Assert.Equal(0L, await host.Count(
            "SELECT count(*) FROM mediation.outbox_messages WHERE type IN ('mediation.legal-aid-referral-offered.v1', 'mediation.supervised-person-in-dispute.v1')"));
        var concluded = JsonDocument.Parse(await Sql.Scalar<string>(host.Database,
            "SELECT payload::text FROM mediation.outbox_messages WHERE type = 'mediation.dispute-concluded.v1' AND payload->>'disputeId' = $1", dispute.Id().ToString())).RootElement;
        Assert.Equal("NotSettled", concluded.GetProperty("outcome").GetString());
        Assert.Equal("向劳动人事争议仲裁委员会申请仲裁", concluded.GetProperty("suggestedChannel").GetString());
        Assert.Equal(JsonValueKind.Null, concluded.GetProperty("agreementId").ValueKind);
    }

    /// <summary>Puts the referral into the outbox the way Petitions' <c>db.Publish</c> would: stable name, web JSON payload.</summary>
    private async Task<Guid> Refer(Guid petitionId, Guid[] persons, int headcount)
    {
        var messageId = Guid.CreateVersion7();
        var occurredAt = host.Clock.GetUtcNow();
        var payload = JsonSerializer.Serialize(new
        {
            petitionId, trackingNumber = "XF330106-2026-0001", scopeCode = MediationHost.Shangbao, subject = "邻里排水纠纷信访",
            content = "反映楼上排水管渗漏多次协商未果，请求调解", personIds = persons, organisationIds = Array.Empty<Guid>(), headcount,
            note = "适宜人民调解", referredBy = (Guid?)null, referredByDepartment = "xfj", id = messageId, occurredAt,
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        await Sql.Execute(host.Database,
            "INSERT INTO mediation.outbox_messages (id, type, payload, occurred_at) VALUES ($1, $2, $3::jsonb, $4)",
            messageId, ReferralEvent, payload, occurredAt);
        return messageId;
    }
}
