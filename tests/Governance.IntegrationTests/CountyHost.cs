using System.Net.Http.Json;
using Governance.Host;

namespace Governance.IntegrationTests;

/// <summary>
/// A county installation with Registry, Petitions and Mediation loaded from their plugin folders, on a database of its own,
/// serving 西湖区 330106 on the real clock, with the real outbox relay between the modules.
/// </summary>
public sealed class CountyHost : IAsyncLifetime
{
    public const string County = "330106";
    public const string Beishan = "330106002";

    /// <summary>上保社区, a community of 北山街道.</summary>
    public const string Shangbao = "330106002051";

    public static readonly string PluginsPath = Path.Combine(AppContext.BaseDirectory, "test-plugins");

    private GovernanceApplication? _application;

    public string Database { get; private set; } = "";

    public GovernanceApplication Application => _application ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        Database = await PostgresServer.CreateDatabaseAsync("county");
        _application = await TestHost.StartAsync(PluginsPath, Database);
    }

    public async Task DisposeAsync()
    {
        if (_application is not null)
        {
            await _application.DisposeAsync();
        }
    }

    /// <summary>A 信访局 clerk of the county: registers, routes, refers and answers petitions.</summary>
    public HttpClient PetitionClerk() => Application.ClientAs(TestUsers.User(County, null,
        "petitions.read", "petitions.register", "petitions.route", "petitions.handle", "petitions.refer"));

    /// <summary>The mediation committee's clerk of 北山街道.</summary>
    public HttpClient MediationClerk() => Application.ClientAs(TestUsers.User(Beishan, null,
        "mediation.read", "mediation.register", "mediation.mediate"));

    /// <summary>Registers a resident of 上保社区 in the person master and returns the id.</summary>
    public async Task<Guid> PersonAsync(string name)
    {
        var registrar = Application.ClientAs(TestUsers.User(County, null, "registry.persons.write"));
        return (await registrar.PostAsJsonAsync("/api/registry/persons", new Dictionary<string, object?>
        {
            ["citizenId"] = CitizenIds.Next(),
            ["name"] = name,
            ["ethnicity"] = "汉族",
            ["currentRegionCode"] = Shangbao,
            ["currentAddress"] = "北山街道保俶路 12 号",
            ["populationType"] = "Household",
        }).Ok()).GetProperty("id").GetGuid();
    }
}
