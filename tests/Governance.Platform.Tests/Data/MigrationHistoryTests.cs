using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Host;
using Governance.Platform.Tests.Auditing;
using Governance.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Governance.Platform.Tests.Data;

/// <summary>
/// A database in use before the platform's services moved out of the host keeps working with them moved: its schema
/// <c>platform</c> and migration history are the ones the moved code expects, nothing is applied again, and what was
/// seeded and written then is still read; only migrations added since are applied, and the audit rows chained then
/// still verify, followed by those linked since.
/// </summary>
public sealed class MigrationHistoryTests
{
    private const string AdminPassword = "Gov3rnance-Start!";

    private static readonly string[] MigrationsAt972418d =
        ["20261124081022_InitialPlatform", "20261124091304_PlatformServices", "20261124093543_Accounts"];

    private static readonly string[] MigrationsNow =
        [.. MigrationsAt972418d, "20261204185054_AuditChainOffCommitPath", "20261204202317_PasswordHistory", "20261204211049_Sessions",
         "20261204212319_SecondFactor"];

    [Fact]
    public async Task A_database_left_by_main_at_972418d_gets_only_the_later_migrations_and_keeps_its_data_and_audit_chain()
    {
        using var plugins = TestPluginsFolder.With();
        var database = await PostgresServer.CreateDatabaseAsync("platform_972418d");
        await RestoreAsync(database, "platform-schema-972418d.sql");
        var rulesBefore = await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.deadline_rules");

        await using var host = await TestHost.StartAsync(plugins.Path, database);

        Assert.Equal(MigrationsNow,
            await Sql.Column(database, "SELECT migration_id FROM platform.\"__EFMigrationsHistory\" ORDER BY migration_id"));
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            Assert.Equal(MigrationsNow, db.Database.GetMigrations());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges(), "the moved entity configurations differ from the migrations' model");
        }

        // The database keeps its rules and gets the defaults added since: the six of the petitions' handling routes.
        Assert.Equal(rulesBefore + 6, await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.deadline_rules"));
        Assert.Equal(6L, await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.deadline_rules WHERE code IN "
            + "('petitions.duty-handling', 'petitions.suggestion-reply', 'petitions.accusation-handling')"));
        var admin = await SignInAsync(host);
        var role = await admin.GetFromJsonAsync<JsonElement>("/api/platform/roles/admin");
        Assert.Contains("platform.admin", role.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        var chain = await AuditApi.Verify(host);
        Assert.True(chain.GetProperty("ok").GetBoolean(), chain.ToString());
        Assert.Equal(2, chain.GetProperty("verified").GetInt64());
    }

    /// <summary>The administrator seeded then signs in with the password it was created with.</summary>
    private static async Task<HttpClient> SignInAsync(GovernanceApplication host)
    {
        var response = await host.Client().PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = AdminPassword });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var client = host.Client();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    // A connection of its own: the dump empties the session's search_path.
    private static async Task RestoreAsync(string database, string dump)
    {
        var sql = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Data", dump));
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var restore = new NpgsqlCommand(sql, connection);
        await restore.ExecuteNonQueryAsync();
    }
}
