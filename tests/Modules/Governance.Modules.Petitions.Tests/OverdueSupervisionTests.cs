using System.Text.Json;

namespace Governance.Modules.Petitions.Tests;

/// <summary>National rules, with the automatic 督办 checking every minute of the fake clock.</summary>
public sealed class SupervisingPetitionsHost()
    : PetitionsHostBase(null, new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero), 1000, "00:01:00");

public sealed class OverdueSupervisionTests(SupervisingPetitionsHost host) : IClassFixture<SupervisingPetitionsHost>
{
    [Fact]
    public async Task A_petition_near_its_handling_deadline_gets_a_yellow_card_and_past_it_a_red_one_from_the_system()
    {
        var desk = host.ClientFor(PetitionsHostBase.Beishan);
        var registered = await desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        var accepted = await desk.DoAsync(registered.Id, "accept", new { note = "当场受理" });
        var (warnFrom, due) = (accepted.Time("deadlines.warnFrom"), accepted.Time("deadlines.current"));
        Assert.Equal(JsonValueKind.Null, PetitionsHostBase.Prop(accepted, "oversight.supervisionLevel").ValueKind);

        host.Advance(warnFrom - host.Clock.GetUtcNow() + TimeSpan.FromHours(1));
        var yellow = await Eventually.Get(() => Petition(registered.Id),
            p => PetitionsHostBase.Prop(p, "oversight.supervisionLevel").ValueKind == JsonValueKind.String, what: "the yellow card");
        Assert.Equal("Yellow", PetitionsHostBase.Prop(yellow, "oversight.supervisionLevel").GetString());
        Assert.Contains("系统自动黄牌督办", PetitionsHostBase.Prop(yellow, "oversight.supervisionNote").GetString());

        host.Advance(due - host.Clock.GetUtcNow() + TimeSpan.FromHours(1));
        var red = await Eventually.Get(() => Petition(registered.Id),
            p => PetitionsHostBase.Prop(p, "oversight.supervisionLevel").GetString() == "Red", what: "the red card");
        Assert.True(PetitionsHostBase.Prop(red, "deadlines.overdue").GetBoolean());
        var timeline = (await host.ClientFor(PetitionsHostBase.Beishan).DetailAsync(registered.Id)).GetProperty("timeline");
        Assert.Equal(2, timeline.EnumerateArray().Count(s => s.GetProperty("action").GetString() == "Supervise"
            && s.GetProperty("actorName").GetString() == "系统自动督办"));
    }

    // A new client each time: tokens are checked on the fake clock, which has moved on by weeks.
    private async Task<JsonElement> Petition(Guid id) =>
        (await host.ClientFor(PetitionsHostBase.Beishan).DetailAsync(id)).GetProperty("petition");
}
