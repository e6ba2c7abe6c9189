using System.Text.Json;
using Governance.SharedKernel.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Modules.Petitions.Tests;

/// <summary>
/// An installation that also runs Mediation, LegalAid and SafetyInspections. Only Mediation exists so far, and none is
/// packaged here, so the platform's list of enabled modules is told so; the referrals then go into the outbox.
/// </summary>
public sealed class WithReferralModulesHost()
    : PetitionsHostBase(null, new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero), 1000)
{
    protected override void AddServices(IServiceCollection services) => services.AddSingleton<IEnabledModules>(
        new EnabledModules("Registry", "Petitions", "Mediation", "LegalAid", "SafetyInspections"));
}

public sealed class EnabledReferralTests(WithReferralModulesHost host) : IClassFixture<WithReferralModulesHost>
{
    [Fact]
    public async Task Referrals_to_enabled_modules_are_published_through_the_outbox_with_the_petition()
    {
        var desk = host.ClientFor(PetitionsHostBase.Beishan);
        var person = await host.PersonAsync("刘求助");
        var petition = await desk.RegisterAsync(PetitionApi.Body(person));

        var mediation = await desk.DoAsync(petition.Id, "refer/mediation", new { note = "适宜人民调解" });
        Assert.Equal("已移送", mediation.GetProperty("referrals").GetProperty("mediation").GetString());
        await desk.DoAsync(petition.Id, "refer/legal-aid", new { personId = person, matter = "请求支付劳动报酬" });
        await desk.DoAsync(petition.Id, "refer/hazard", new { description = "楼道堆放易燃物", location = "保俶路 12 号" });

        var toMediation = await Event("petitions.petition-referred-to-mediation.v1", petition.Id);
        Assert.Equal(petition.TrackingNumber, toMediation.GetProperty("trackingNumber").GetString());
        Assert.Equal([person], toMediation.GetProperty("personIds").EnumerateArray().Select(p => p.GetGuid()));
        Assert.Equal(PetitionsHostBase.Shangbao, toMediation.GetProperty("scopeCode").GetString());
        var toLegalAid = await Event("petitions.petition-referred-to-legal-aid.v1", petition.Id);
        Assert.Equal((person, "请求支付劳动报酬"), (toLegalAid.GetProperty("personId").GetGuid(), toLegalAid.GetProperty("matter").GetString()));
        var hazard = await Event("petitions.petition-hazard-reported.v1", petition.Id);
        Assert.Equal("楼道堆放易燃物", hazard.GetProperty("description").GetString());

        var detail = await desk.DetailAsync(petition.Id);
        var referrals = detail.GetProperty("petition").GetProperty("referrals");
        Assert.Equal(["已移送", "已移送", "已移送"],
            new[] { "mediation", "legalAid", "hazard" }.Select(k => referrals.GetProperty(k).GetString()));
        Assert.DoesNotContain(detail.GetProperty("timeline").EnumerateArray(), s => s.GetProperty("note").GetString()?.Contains("未启用") == true);
    }

    private async Task<JsonElement> Event(string type, Guid petitionId) =>
        JsonDocument.Parse(await Sql.Scalar<string>(host.Database,
            "SELECT payload::text FROM petitions.outbox_messages WHERE type = $1 AND payload->>'petitionId' = $2",
            type, petitionId.ToString())).RootElement;
}
