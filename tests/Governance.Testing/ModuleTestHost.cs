using System.Net.Http.Json;
using Governance.Host;
using Governance.Platform.Accounts.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Governance.Testing;

/// <summary>
/// Base of the test fixtures that run the real host with packaged plugins: the host starts on a database of its own,
/// copied from the run's migrated and seeded template for these plugins and <see cref="SeedSettings"/>
/// (<see cref="TemplateDatabases"/>), and the database is dropped with the fixture.
/// </summary>
public abstract class ModuleTestHost(string databasePrefix) : IAsyncLifetime
{
    private static readonly IReadOnlyDictionary<string, string?> NoSettings = new Dictionary<string, string?>();
    private static readonly DateTimeOffset SeedTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // The template's first start imported the regions; the import at every start would find nothing to change.
    private static readonly IReadOnlyDictionary<string, string?> CloneDefaults = new Dictionary<string, string?>
    {
        ["Modules:Registry:ImportRegionsAtStartup"] = "false",
    };

    private GovernanceApplication? _application;

    /// <summary>The plugins the test project's build packaged into <c>test-plugins/</c> of its output folder.</summary>
    public static string PackagedPlugins { get; } = Path.Combine(AppContext.BaseDirectory, "test-plugins");

    /// <summary>Superuser connection string of the fixture's database.</summary>
    public string Database { get; private set; } = "";

    public GovernanceApplication Application => _application ?? throw new InvalidOperationException("Not started.");

    protected virtual string Plugins => PackagedPlugins;

    /// <summary>
    /// Settings that change what a first start writes into an empty database (<c>Auth:AdminPassword</c>,
    /// <c>Modules:Registry:County</c> …): the template is seeded with them and they are part of its key.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string?> SeedSettings => NoSettings;

    /// <summary>The host's other settings: they apply to the fixture's host only, not to the seeding of the template.</summary>
    protected virtual IReadOnlyDictionary<string, string?> HostSettings => NoSettings;

    /// <summary>The host's clock, when the fixture moves one; null for the real clock.</summary>
    protected virtual TimeProvider? TestClock => null;

    /// <summary>Services a fixture puts before the host's own (the host only adds what is missing).</summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }

    public virtual async Task InitializeAsync()
    {
        Database = await TemplateDatabases.CloneAsync(TemplateKey.For(Plugins, SeedSettings), SeedAsync, databasePrefix);
        var settings = new Dictionary<string, string?>(CloneDefaults);
        foreach (var (name, value) in HostSettings.Concat(SeedSettings))
        {
            settings[name] = value;
        }

        _application = await TestHost.StartAsync(Plugins, Database, settings, services =>
        {
            if (TestClock is { } clock)
            {
                services.AddSingleton(clock);
            }

            AddServices(services);
        });
    }

    public virtual async Task DisposeAsync()
    {
        if (_application is not null)
        {
            await _application.DisposeAsync();
        }

        if (Database.Length > 0)
        {
            await PostgresServer.DropDatabaseAsync(Database);
        }
    }

    public HttpClient Anonymous() => Application.Client();

    public HttpClient ClientAs(TokenSubject subject) => Application.ClientAs(subject);

    public Task<long> Count(string sql, params object[] parameters) => Sql.Scalar<long>(Database, sql, parameters);

    /// <summary>Registers a resident of <paramref name="region"/> in the Registry's person master and answers the id.</summary>
    public async Task<Guid> RegisterPersonAsync(HttpClient registrar, string name, string region, string? phone = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["citizenId"] = CitizenIds.Next(), ["name"] = name, ["ethnicity"] = "汉族", ["currentRegionCode"] = region,
            ["currentAddress"] = "北山街道保俶路 12 号", ["populationType"] = "Household",
        };
        if (phone is not null)
        {
            body["phone"] = phone;
        }

        return (await registrar.PostAsJsonAsync("/api/registry/persons", body).Ok()).GetProperty("id").GetGuid();
    }

    // The first start on an empty database: migrations, the platform's and the modules' seeding. Its clock stands before
    // every fixture's, so what it writes is in the past for all of them (nothing seeded waits for a clock to reach it).
    private async Task SeedAsync(string emptyDatabase)
    {
        await using var application = await TestHost.CreateAsync(Plugins, emptyDatabase, SeedSettings,
            services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(SeedTime)));
        await application.StartAsync();
    }
}
