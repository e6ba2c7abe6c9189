using Governance.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Testing;

/// <summary>Builds and starts the real host on an in-memory server against a real PostgreSQL database.</summary>
public static class TestHost
{
    /// <summary>Fast relay settings for tests: poll often, retry after milliseconds.</summary>
    public static readonly IReadOnlyDictionary<string, string?> FastOutbox = new Dictionary<string, string?>
    {
        ["Outbox:PollInterval"] = "00:00:00.050",
        ["Outbox:RetryBaseDelay"] = "00:00:00.050",
        ["Outbox:RetryMaxDelay"] = "00:00:00.200",
    };

    public static Task<GovernanceApplication> CreateAsync(
        string pluginsPath,
        string? connectionString = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null) =>
        GovernanceApplication.CreateAsync([], builder =>
        {
            builder.WebHost.UseTestServer();
            var configuration = new Dictionary<string, string?>(FastOutbox)
            {
                ["Plugins:Path"] = pluginsPath,
                ["ConnectionStrings:Governance"] = connectionString ?? "Host=127.0.0.1;Port=1;Database=unused",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                configuration[key] = value;
            }

            builder.Configuration.AddInMemoryCollection(configuration);
            services?.Invoke(builder.Services);
        });

    public static async Task<GovernanceApplication> StartAsync(
        string pluginsPath,
        string connectionString,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var application = await CreateAsync(pluginsPath, connectionString, settings, services);
        await application.StartAsync();
        await SwitchOnEveryModuleForTheTestDepartment(application, connectionString);
        return application;
    }

    // Straight into the tables rather than through the administration API, so that no audit row or cached
    // switch is created before the test itself runs.
    private static async Task SwitchOnEveryModuleForTheTestDepartment(GovernanceApplication application, string connectionString)
    {
        await Sql.Execute(connectionString,
            "INSERT INTO platform.departments (code, name, kind) VALUES ($1, '测试部门', 'Coordination') ON CONFLICT DO NOTHING",
            TestUsers.TestDepartment);
        foreach (var module in application.Runtime.Modules)
        {
            await Sql.Execute(connectionString, """
                INSERT INTO platform.department_modules (department_code, module_id, enabled) VALUES ($1, $2, true)
                ON CONFLICT (department_code, module_id) DO UPDATE SET enabled = true
                """, TestUsers.TestDepartment, module.Id);
        }
    }

    public static HttpClient Client(this GovernanceApplication application) => application.App.GetTestClient();
}
