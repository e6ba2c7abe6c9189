using System.Text.RegularExpressions;
using Npgsql;

namespace Governance.Testing;

/// <summary>
/// The PostgreSQL server of the test run: the superuser connection in GOVERNANCE_TEST_CONNECTION if set, otherwise the
/// <see cref="SharedCluster"/> every test process of the run shares.
/// </summary>
public static partial class PostgresServer
{
    public const string ConnectionVariable = "GOVERNANCE_TEST_CONNECTION";

    private static readonly Lazy<Task<string>> AdminConnection = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Superuser connection string of the shared server.</summary>
    public static Task<string> GetAdminConnectionStringAsync() => AdminConnection.Value;

    /// <summary>
    /// Creates a uniquely named database, empty or a copy of <paramref name="template"/>, and returns a superuser
    /// connection string to it.
    /// </summary>
    public static async Task<string> CreateDatabaseAsync(string? prefix = null, string? template = null)
    {
        var admin = await AdminConnection.Value;
        var name = $"{Sanitize(prefix ?? "test")}_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"" + (template is null ? "" : $" TEMPLATE \"{template}\""));
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its connections.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var admin = await AdminConnection.Value;
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name.Replace("\"", "\"\"")}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    // Database names are at most 63 bytes; the GUID takes 33 of them.
    private static string Sanitize(string prefix)
    {
        var cleaned = NotIdentifierCharacters().Replace(prefix.ToLowerInvariant(), "_");
        return cleaned.Length > 24 ? cleaned[..24] : cleaned;
    }

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NotIdentifierCharacters();

    private static Task<string> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable(ConnectionVariable);
        return string.IsNullOrWhiteSpace(external) ? SharedCluster.AcquireAsync() : Task.FromResult(external);
    }
}
