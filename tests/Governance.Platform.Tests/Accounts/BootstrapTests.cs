using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Governance.Platform.Accounts.Seeding;
using Governance.Platform.Abstractions;
using Governance.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Platform.Tests.Accounts;

public sealed partial class BootstrapTests
{
    [Fact]
    public async Task First_start_creates_the_administrator_with_the_configured_password_and_seeds_once()
    {
        using var plugins = TestPluginsFolder.With();
        var database = await PostgresServer.CreateDatabaseAsync();
        var settings = new Dictionary<string, string?> { ["Auth:AdminPassword"] = "Configured-Secret-1" };
        var console = new StringWriter();
        await using (var first = await TestHost.StartAsync(plugins.Path, database, settings, WriteNoticesTo(console)))
        {
            var signIn = await first.Client().PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "Configured-Secret-1" });
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            Assert.False((await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mustChangePassword").GetBoolean());
        }

        await using (await TestHost.StartAsync(plugins.Path, database, settings, WriteNoticesTo(console)))
        {
        }

        Assert.Equal(1L, await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.users"));
        Assert.Equal(10L, await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.departments WHERE code <> 'test'"));
        Assert.Equal(1L, await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.roles WHERE code = 'admin'"));
        Assert.Equal("", console.ToString());
    }

    [Fact]
    public async Task Without_a_configured_password_one_is_generated_printed_once_and_must_be_changed()
    {
        using var plugins = TestPluginsFolder.With();
        var database = await PostgresServer.CreateDatabaseAsync();
        var console = new StringWriter();
        string password;
        await using (var first = await TestHost.StartAsync(plugins.Path, database, services: WriteNoticesTo(console)))
        {
            password = PrintedPassword().Match(console.ToString()).Groups[1].Value;
            Assert.True(password.Length >= 16, console.ToString());
            var signIn = await first.Client().PostAsJsonAsync("/api/auth/token", new { userName = "admin", password });
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            Assert.True((await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mustChangePassword").GetBoolean());
        }

        var printed = console.ToString();
        await using (await TestHost.StartAsync(plugins.Path, database, services: WriteNoticesTo(console)))
        {
        }

        Assert.Equal(printed, console.ToString());
        Assert.Single(PrintedPassword().Matches(printed));
    }

    [Fact]
    public async Task A_configured_password_that_breaks_the_rules_stops_the_start_saying_why()
    {
        using var plugins = TestPluginsFolder.With();
        var database = await PostgresServer.CreateDatabaseAsync();

        var failure = await Assert.ThrowsAsync<ModuleStartupException>(() => TestHost.StartAsync(plugins.Path, database,
            new Dictionary<string, string?> { ["Auth:AdminPassword"] = "short" }));

        Assert.Contains("Auth:AdminPassword", failure.Message);
        Assert.Equal(0L, await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.users"));
    }

    private static Action<IServiceCollection> WriteNoticesTo(TextWriter console) =>
        services => services.AddSingleton(new SecretNotice(console));

    [GeneratedRegex(@"password: (\S+)")]
    private static partial Regex PrintedPassword();
}
