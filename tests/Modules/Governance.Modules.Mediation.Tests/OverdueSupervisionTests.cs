using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Modules.Mediation.Tests;

/// <summary>The automatic 督办 checks every minute of the fake clock here.</summary>
public sealed class SupervisingMediationHost : MediationHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Modules:Mediation:OverdueCheckInterval"] = "00:01:00",
    };
}

public sealed class OverdueSupervisionTests(SupervisingMediationHost host) : IClassFixture<SupervisingMediationHost>
{
    [Fact]
    public async Task A_dispute_near_its_time_limit_gets_a_yellow_card_and_past_it_a_red_one_from_the_system()
    {
        host.SetChinaTime(new DateTime(2026, 9, 1, 10, 0, 0));
        var clerk = host.Clerk(MediationHost.Shangbao);
        var dispute = await clerk.RegisterAsync(Disputes.Body(await host.PersonAsync(clerk, name: "甲方"), await host.PersonAsync(clerk, name: "乙方")));
        var accepted = await clerk.AcceptAsync(dispute);
        var due = accepted.GetProperty("dueAt").GetDateTimeOffset();
        var warnFrom = accepted.GetProperty("warnFrom").GetDateTimeOffset();
        Assert.Equal(JsonValueKind.Null, accepted.GetProperty("supervision").ValueKind);

        host.SetChinaTime(warnFrom.ToOffset(TimeSpan.FromHours(8)).DateTime.AddHours(1));
        var yellow = await Eventually.Get(() => host.Clerk(MediationHost.Shangbao).GetAsync(dispute.Id()),
            d => d.GetProperty("supervision").ValueKind == JsonValueKind.String, what: "the yellow card");
        Assert.Equal("Yellow", yellow.GetProperty("supervision").GetString());
        Assert.Contains("系统自动黄牌督办", yellow.GetProperty("supervisionNote").GetString());

        host.SetChinaTime(due.ToOffset(TimeSpan.FromHours(8)).DateTime.AddHours(1));
        var red = await Eventually.Get(() => host.Clerk(MediationHost.Shangbao).GetAsync(dispute.Id()),
            d => d.GetProperty("supervision").GetString() == "Red", what: "the red card");
        Assert.Contains("系统自动红牌督办", red.GetProperty("supervisionNote").GetString());
        var timeline = await host.Clerk(MediationHost.Shangbao).GetFromJsonAsync<JsonElement>($"/api/mediation/disputes/{dispute.Id()}/timeline");
        Assert.Equal(2, timeline.EnumerateArray().Count(s => s.GetProperty("action").GetString() == "Supervise"));
    }
}
