using System.Net;
using System.Net.Http.Json;
using Governance.Testing;

namespace Governance.Host.Tests.Accounts;

public sealed class OpenIdConnectModeTests
{
    [Fact]
    public async Task With_an_external_provider_the_built_in_sign_in_is_404_saying_where_to_sign_in()
    {
        using var plugins = TestPluginsFolder.With();
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var host = await TestHost.StartAsync(plugins.Path, database, new Dictionary<string, string?>
        {
            ["Auth:Mode"] = "OpenIdConnect",
            ["Auth:OpenIdConnect:Authority"] = "https://idp.county.example/realms/gov",
        });

        var response = await host.Client().PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "whatever-1A" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("https://idp.county.example/realms/gov", (await Problems.Read(response)).Detail());
        Assert.Equal(0L, await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.users"));
        Assert.Equal(10L, await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.departments"));
    }
}
