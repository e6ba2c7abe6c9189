using System.Text.Json;
using Governance.SharedKernel.Messaging;
using Microsoft.Extensions.Time.Testing;

namespace Governance.Modules.Petitions.Tests;

/// <summary>
/// The real host with the packaged Registry and Petitions plugins on a database of its own, serving 西湖区 330106, on a
/// fake clock that tests move forward (never back). <see cref="Province"/> picks the deadline profile.
/// </summary>
public abstract class PetitionsHostBase(
    string? province, DateTimeOffset start, int publicPermitsPerMinute, string overdueCheckInterval = PetitionsHostBase.NoAutomaticSupervision)
    : ModuleTestHost("petitions")
{
    /// <summary>The automatic 督办 stays quiet unless a fixture asks for it: it would change petitions under other tests' ETags.</summary>
    public const string NoAutomaticSupervision = "00:00:00";

    /// <summary>杭州市, the body above the county.</summary>
    public const string City = "3301";

    public const string County = "330106";
    public const string Beishan = "330106002";
    public const string Xixi = "330106004";

    /// <summary>上保社区, a community of 北山街道.</summary>
    public const string Shangbao = "330106002051";

    /// <summary>A community of 西溪街道.</summary>
    public const string XixiVillage = "330106004053";

    public static readonly string PluginsPath = PackagedPlugins;

    public static readonly string[] AllPermissions =
    [
        "petitions.read", "petitions.register", "petitions.route", "petitions.handle", "petitions.approve", "petitions.review",
        "petitions.supervise", "petitions.refer", "petitions.statistics", "petitions.special-groups.view",
    ];

    public FakeTimeProvider Clock { get; } = new(start);

    public string? Province => province;

    protected override TimeProvider TestClock => Clock;

    protected override IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Modules:Petitions:Province"] = province,
        ["Modules:Petitions:PublicLookup:PermitsPerMinute"] = publicPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Modules:Petitions:OverdueCheckInterval"] = overdueCheckInterval,
    };

    /// <summary>
    /// A caller of the test department with every Petitions permission in <paramref name="jurisdiction"/>. Its token is
    /// valid on the fake clock for some hours: take a new client after moving the clock by days.
    /// </summary>
    public HttpClient ClientFor(string jurisdiction, params string[] extraPermissions) =>
        Application.ClientAs(TestUsers.User(jurisdiction, null, [.. AllPermissions, .. extraPermissions]));

    public HttpClient ClientWith(string jurisdiction, params string[] permissions) =>
        Application.ClientAs(TestUsers.User(jurisdiction, null, permissions));

    /// <summary>Registers a person in the Registry (the petitioner's master record) and returns the id.</summary>
    public Task<Guid> PersonAsync(string name = "王信访", string region = Shangbao) =>
        RegisterPersonAsync(ClientWith(County, "registry.persons.write", "registry.persons.read"), name, region, "13812345678");

    /// <summary>
    /// Puts an integration event into the petitions schema's outbox as <c>OutboxMessage.From</c> shapes it (stable name,
    /// web-JSON payload), as a publisher's transaction would; the host's relay then delivers it. The event is given as its
    /// payload because the test process must not load the Mediation contracts itself (the host loads them from the plugins).
    /// </summary>
    public async Task<Guid> Deliver(string eventName, object payload)
    {
        var id = Guid.CreateVersion7();
        var occurredAt = Clock.GetUtcNow();
        var json = JsonSerializer.SerializeToNode(payload, OutboxMessage.PayloadJson)!.AsObject();
        json["id"] = id;
        json["occurredAt"] = occurredAt;
        await Sql.Execute(Database,
            "INSERT INTO petitions.outbox_messages (id, type, payload, occurred_at) VALUES ($1, $2, $3::jsonb, $4)",
            id, eventName, json.ToJsonString(), occurredAt);
        return id;
    }

    public void Advance(TimeSpan by) => Clock.Advance(by);

    public static JsonElement Prop(JsonElement element, string path) =>
        path.Split('.').Aggregate(element, (e, name) => e.GetProperty(name));
}

/// <summary>National rules (《信访工作条例》), starting on Monday 2026-03-02 at 09:00 China time.</summary>
public sealed class PetitionsHost() : PetitionsHostBase(null, new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero), 1000);

[CollectionDefinition(Name)]
public sealed class PetitionsCollection : ICollectionFixture<PetitionsHost>
{
    public const string Name = "Petitions";
}

/// <summary>
/// The 浙江 profile (Modules:Petitions:Province = 33), starting on Wednesday 2026-09-30 at 09:00 China time, the eve of the
/// National Day holiday (10-01 to 10-07, make-up workday Saturday 10-10); the public lookup allows 3 requests a minute.
/// </summary>
public sealed class ZhejiangPetitionsHost() : PetitionsHostBase("33", new DateTimeOffset(2026, 9, 30, 1, 0, 0, TimeSpan.Zero), 3);
