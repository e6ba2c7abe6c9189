using System.Net.Http.Json;
using System.Text.Json;
using Governance.SharedKernel.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Modules.Mediation.Tests;

/// <summary>
/// An installation that also runs LegalAid and SpecialGroups. Those modules are not written yet, so the platform's list
/// of enabled modules is told so; the offers then go into the outbox for them, where the relay hands them to whoever
/// handles them.
/// </summary>
public sealed class WithLegalAidHost : MediationHost
{
    protected override void AddServices(IServiceCollection services) =>
        services.AddSingleton<IEnabledModules>(new EnabledModules("Registry", "Mediation", "LegalAid", "SpecialGroups"));
}

public sealed class LegalAidReferralTests(WithLegalAidHost host) : IClassFixture<WithLegalAidHost>
{
    [Fact]
    public async Task A_failed_mediation_in_a_legal_aid_matter_offers_legal_aid_and_notifies_the_supervisor_through_the_outbox()
    {
        var clerk = host.Clerk(MediationHost.Shangbao);
        var (worker, boss) = (await host.PersonAsync(clerk, name: "孙工人"), await host.PersonAsync(clerk, name: "周老板"));
        var dispute = await clerk.RegisterAsync(Disputes.Body(worker, boss).With("type", "Labour").With("matter", "LabourRemuneration")
            .With("subject", "拖欠工资")
            .With("parties", new object[] { new { personId = worker, role = "Applicant", isSupervised = true }, new { personId = boss, role = "Respondent" } }));
        await clerk.AcceptAsync(dispute);

        await clerk.StepOkAsync(dispute.Id(), "fail", new { reason = "用人单位拒绝支付", suggestedChannel = "向劳动人事争议仲裁委员会申请仲裁" });

        var offer = JsonDocument.Parse(await Sql.Scalar<string>(host.Database,
            "SELECT payload::text FROM mediation.outbox_messages WHERE type = 'mediation.legal-aid-referral-offered.v1' AND payload->>'disputeId' = $1",
            dispute.Id().ToString())).RootElement;
        Assert.Equal(new[] { worker, boss }.Order(), offer.GetProperty("personIds").EnumerateArray().Select(p => p.GetGuid()).Order());
        Assert.Equal("请求确认劳动关系或者支付劳动报酬", offer.GetProperty("matterCategory").GetString());
        Assert.Contains("向劳动人事争议仲裁委员会申请仲裁", offer.GetProperty("reason").GetString());
        Assert.Equal(MediationHost.Shangbao, offer.GetProperty("scopeCode").GetString());
        var notice = JsonDocument.Parse(await Sql.Scalar<string>(host.Database,
            "SELECT payload::text FROM mediation.outbox_messages WHERE type = 'mediation.supervised-person-in-dispute.v1' AND payload->>'disputeId' = $1",
            dispute.Id().ToString())).RootElement;
        Assert.Equal(worker, notice.GetProperty("personId").GetGuid());

        var timeline = await clerk.GetFromJsonAsync<JsonElement>($"/api/mediation/disputes/{dispute.Id()}/timeline");
        Assert.Contains(timeline.EnumerateArray(), s => s.GetProperty("action").GetString() == "OfferLegalAid"
            && s.GetProperty("note").GetString()!.Contains("转介已发送法律援助模块（2 人）"));
        await Eventually.Get(
            () => Sql.Scalar<long>(host.Database, "SELECT count(*) FROM mediation.outbox_messages WHERE processed_at IS NULL"),
            pending => pending == 0, what: "the relay to take the offers");
    }
}
