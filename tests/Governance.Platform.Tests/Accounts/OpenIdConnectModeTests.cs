using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Governance.Host;
using Governance.Platform.Accounts.Security;
using Governance.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Platform.Tests.Accounts;

/// <summary>With an external provider configured (never contacted here: no token of it is presented).</summary>
public sealed class OpenIdConnectModeTests : IAsyncLifetime
{
    private const string Authority = "https://idp.county.example/realms/gov";
    private readonly TestPluginsFolder _plugins = TestPluginsFolder.With();
    private string _database = "";
    private GovernanceApplication _host = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.CreateDatabaseAsync();
        _host = await TestHost.StartAsync(_plugins.Path, _database, new Dictionary<string, string?>
        {
            ["Auth:Mode"] = "OpenIdConnect",
            ["Auth:OpenIdConnect:Authority"] = Authority,
            ["Auth:OpenIdConnect:Claims:Department"] = "org",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _plugins.Dispose();
    }

    [Fact]
    public async Task The_built_in_sign_in_is_404_saying_where_to_sign_in_and_no_administrator_is_created()
    {
        var response = await _host.Client().PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "whatever-1A" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(Authority, (await Problems.Read(response)).Detail());
        Assert.Equal(0L, await Sql.Scalar<long>(_database, "SELECT count(*) FROM platform.users"));
        Assert.Equal(10L, await Sql.Scalar<long>(_database, "SELECT count(*) FROM platform.departments WHERE code <> 'test'"));
    }

    [Fact]
    public async Task The_providers_claims_become_the_platforms_and_its_role_codes_become_permissions()
    {
        var external = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim("sub", "7f1d2c3b-0000-4000-8000-000000000001"),
            new Claim("preferred_username", "zhang.san"),
            new Claim("org", "xfj"),
            new Claim("jur", "330106001000"),
            new Claim("roles", "county-leader"),
            new Claim("roles", "unknown-role"),
        ], "Bearer"));
        await using var scope = _host.App.Services.CreateAsyncScope();

        var mapped = await scope.ServiceProvider.GetRequiredService<ExternalClaimsMapper>().MapAsync(external, CancellationToken.None);

        Assert.Equal("zhang.san", mapped.Identity!.Name);
        Assert.Equal("xfj", mapped.FindFirst(GovernanceClaims.Department)!.Value);
        Assert.Equal("330106001", mapped.FindFirst(GovernanceClaims.Jurisdiction)!.Value);
        Assert.Equal(["platform.audit.read", "platform.personal-data.view"],
            mapped.FindAll(GovernanceClaims.Permission).Select(c => c.Value).Order());
    }
}
