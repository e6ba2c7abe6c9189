using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Governance.Modules.Mediation.Tests;

/// <summary>
/// Class fixture: the real host with the packaged Registry and Mediation plugins on a database of its own, serving
/// 西湖区 330106, on a fake clock each test class moves forward only (tokens are checked on the same clock: take a
/// client after moving it far).
/// </summary>
public class MediationHost() : ModuleTestHost("mediation")
{
    public const string County = "330106";
    public const string Beishan = "330106002";
    public const string Xixi = "330106004";

    /// <summary>上保社区 of 北山街道.</summary>
    public const string Shangbao = "330106002051";

    /// <summary>Another community of 北山街道.</summary>
    public const string Beishan2 = "330106002052";

    /// <summary>A community of 西溪街道.</summary>
    public const string XixiVillage = "330106004053";

    public static readonly string PluginsPath = PackagedPlugins;

    public static readonly string[] MediationPermissions =
    [
        "mediation.read", "mediation.register", "mediation.mediate", "mediation.supervise", "mediation.sweeps", "mediation.statistics",
    ];

    /// <summary>The clock starts on 2026-09-01 10:00 China time (so that 30 days end in the National Day holiday).</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 9, 1, 2, 0, 0, TimeSpan.Zero))
    {
        AutoAdvanceAmount = TimeSpan.FromMilliseconds(1),
    };

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override TimeProvider TestClock => Clock;

    protected override IReadOnlyDictionary<string, string?> HostSettings
    {
        get
        {
            // The automatic 督办 stays quiet unless a fixture asks for it: it would change disputes under the other tests' ETags.
            var settings = new Dictionary<string, string?>(Settings);
            settings.TryAdd("Modules:Mediation:OverdueCheckInterval", "00:00:00");
            return settings;
        }
    }

    /// <summary>A mediation clerk of <paramref name="jurisdiction"/> with every Mediation permission and Registry person/place writing.</summary>
    public HttpClient Clerk(string jurisdiction) => Application.ClientAs(TestUsers.User(jurisdiction, null,
        [.. MediationPermissions, "registry.persons.write", "registry.persons.read", "registry.places.write"]));

    public HttpClient ClientWith(string jurisdiction, string? department, params string[] permissions) =>
        Application.ClientAs(TestUsers.User(jurisdiction, department, permissions));

    /// <summary>Moves the clock to <paramref name="chinaTime"/> (never back).</summary>
    public void SetChinaTime(DateTime chinaTime)
    {
        var target = new DateTimeOffset(chinaTime, TimeSpan.FromHours(8));
        if (target > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(target.ToUniversalTime());
        }
    }

    /// <summary>Registers a Registry person living in <paramref name="region"/> and answers the id.</summary>
    public Task<Guid> PersonAsync(HttpClient clerk, string region = Shangbao, string name = "张三") =>
        RegisterPersonAsync(clerk, name, region);
}

/// <summary>Request bodies and calls the tests share.</summary>
public static class Disputes
{
    public static Dictionary<string, object?> Body(Guid first, Guid second, string region = MediationHost.Shangbao) => new()
    {
        ["source"] = "Application",
        ["type"] = "CivilFamilyNeighbour",
        ["matter"] = "Neighbours",
        ["subject"] = "邻里排水纠纷",
        ["description"] = "楼上住户排水管渗漏至楼下，双方协商未果",
        ["occurredOn"] = "2026-08-30",
        ["location"] = "保俶路 12 号",
        ["regionCode"] = region,
        ["headcount"] = 2,
        ["amount"] = 3000,
        ["risk"] = "Low",
        ["parties"] = new object[]
        {
            new { personId = first, role = "Applicant" },
            new { personId = second, role = "Respondent" },
        },
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value) =>
        new(body) { [field] = value };

    public static async Task<JsonElement> RegisterAsync(this HttpClient clerk, Dictionary<string, object?> body)
    {
        var response = await clerk.PostAsJsonAsync("/api/mediation/disputes", body);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Json();
    }

    public static async Task<JsonElement> GetAsync(this HttpClient clerk, Guid id) =>
        await clerk.GetFromJsonAsync<JsonElement>($"/api/mediation/disputes/{id}");

    /// <summary>POST a workflow step with the dispute's current ETag.</summary>
    public static Task<HttpResponseMessage> StepAsync(this HttpClient clerk, Guid id, string step, object body) =>
        clerk.PostStepAsync($"/api/mediation/disputes/{id}", step, body);

    public static async Task<JsonElement> StepOkAsync(this HttpClient clerk, Guid id, string step, object body) =>
        await clerk.StepAsync(id, step, body).Ok();

    public static Guid Id(this JsonElement dispute) => dispute.GetProperty("id").GetGuid();

    public static string State(this JsonElement dispute) => dispute.GetProperty("state").GetString()!;

    public static Guid PartyId(this JsonElement dispute, int index) => dispute.GetProperty("parties")[index].GetProperty("id").GetGuid();

    /// <summary>Both parties agree, then the village committee accepts.</summary>
    public static async Task<JsonElement> AcceptAsync(this HttpClient clerk, JsonElement dispute, params string[] mediators)
    {
        foreach (var party in dispute.GetProperty("parties").EnumerateArray())
        {
            await clerk.StepOkAsync(dispute.Id(), "consent", new { partyId = party.GetProperty("id").GetGuid(), consent = "Agreed" });
        }

        return await clerk.StepOkAsync(dispute.Id(), "accept", new
        {
            mediationType = "People", committee = "上保社区人民调解委员会", mediators = mediators.Length == 0 ? ["李调解"] : mediators,
        });
    }

    /// <summary>A registered, accepted dispute whose written agreement every party, the mediator and the seal have signed.</summary>
    public static async Task<Guid> EffectiveAgreementAsync(this HttpClient clerk, MediationHost host, string matter, string region = MediationHost.Shangbao)
    {
        var dispute = await clerk.RegisterAsync(Disputes.Body(await host.PersonAsync(clerk, region), await host.PersonAsync(clerk, region), region).With("matter", matter));
        await clerk.AcceptAsync(dispute);
        await clerk.StepOkAsync(dispute.Id(), "agreement", new { form = "Written", facts = "事实", terms = "条款", performanceMethod = "当面", performanceDeadline = "2026-12-31" });
        await clerk.StepOkAsync(dispute.Id(), "agreement/signatures", new { kind = "Party", partyId = dispute.PartyId(0), signerName = "甲" });
        await clerk.StepOkAsync(dispute.Id(), "agreement/signatures", new { kind = "Party", partyId = dispute.PartyId(1), signerName = "乙" });
        await clerk.StepOkAsync(dispute.Id(), "agreement/signatures", new { kind = "Mediator", signerName = "李调解" });
        Assert.Equal("Performing", (await clerk.StepOkAsync(dispute.Id(), "agreement/signatures", new { kind = "CommitteeSeal" })).State());
        return dispute.Id();
    }

    public static async Task<List<string>> TimelineActions(this HttpClient clerk, Guid id) =>
        (await clerk.GetFromJsonAsync<JsonElement>($"/api/mediation/disputes/{id}/timeline")).EnumerateArray()
        .Select(s => s.GetProperty("action").GetString()!).ToList();
}
