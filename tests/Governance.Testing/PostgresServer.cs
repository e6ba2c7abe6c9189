using System.Text.RegularExpressions;
using Governance.Host.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Governance.Testing;

/// <summary>
/// One PostgreSQL server per test process: the superuser connection in GOVERNANCE_TEST_CONNECTION if set, otherwise
/// an <see cref="EmbeddedPostgres"/> in a temp folder, started on first use and removed once the process has exited.
/// </summary>
public static partial class PostgresServer
{
    public const string ConnectionVariable = "GOVERNANCE_TEST_CONNECTION";

    private static readonly Lazy<Task<string>> AdminConnection = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Superuser connection string of the shared server.</summary>
    public static Task<string> GetAdminConnectionStringAsync() => AdminConnection.Value;

    /// <summary>Creates an empty, uniquely named database and returns a superuser connection string to it.</summary>
    public static async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        var admin = await AdminConnection.Value;
        var name = $"{Sanitize(prefix ?? "test")}_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
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

    private static async Task<string> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return external;
        }

        var folder = new TemporaryDirectory("governance-tests");
        EmbeddedPostgres? server = null;
        try
        {
            server = await EmbeddedPostgres.StartAsync(
                new EmbeddedPostgresOptions
                {
                    DataDirectory = Path.Combine(folder.Path, "pg"),
                    Database = "postgres",
                    Durable = false,
                },
                NullLogger.Instance,
                CancellationToken.None);
            await server.StopAndDeleteAfterProcessExitAsync(folder.Path);
            return server.ConnectionString;
        }
        catch
        {
            if (server is not null)
            {
                await server.StopAsync();
            }

            folder.Dispose();
            throw;
        }
    }
}
