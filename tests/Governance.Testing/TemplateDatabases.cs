using System.Collections.Concurrent;
using System.Globalization;
using Npgsql;

namespace Governance.Testing;

/// <summary>
/// Migrated, seeded databases to copy: one per plugin set and seed settings (<see cref="TemplateKey"/>), built once
/// per test run by starting the host on it, then cloned for each fixture with <c>CREATE DATABASE … TEMPLATE</c>
/// instead of migrating and seeding again.
/// </summary>
public static class TemplateDatabases
{
    private static readonly ConcurrentDictionary<string, Lazy<Task>> Built = new();

    /// <summary>
    /// A new database holding what <paramref name="seed"/> writes into an empty one for <paramref name="key"/> (hex
    /// digits, at least 16). The first caller of
    /// the run (in any test process) builds the template; a PostgreSQL advisory lock makes the others wait for it.
    /// </summary>
    public static async Task<string> CloneAsync(string key, Func<string, Task> seed, string? prefix = null)
    {
        var template = $"template_{key}";
        await Built.GetOrAdd(template, name => new Lazy<Task>(() => EnsureAsync(name, seed))).Value;
        return await PostgresServer.CreateDatabaseAsync(prefix, template);
    }

    private static async Task EnsureAsync(string template, Func<string, Task> seed)
    {
        var admin = await PostgresServer.GetAdminConnectionStringAsync();
        // Not pooled: closing the connection releases the advisory lock.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "SELECT pg_advisory_lock($1)", LockKey(template));
        if (await ExistsAsync(connection, template))
        {
            return;
        }

        // Built under another name and renamed when complete: a process killed halfway leaves no template behind.
        var building = template + "_new";
        await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
        await ExecuteAsync(connection, $"CREATE DATABASE \"{building}\"");
        var buildingConnection = new NpgsqlConnectionStringBuilder(admin) { Database = building }.ConnectionString;
        await seed(buildingConnection);

        // A template must have no connection while it is copied (nor while it is renamed).
        await using (var pooled = new NpgsqlConnection(buildingConnection))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync(connection,
            "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", building);

        await ExecuteAsync(connection, $"ALTER DATABASE \"{building}\" RENAME TO \"{template}\"");
        await ExecuteAsync(connection, $"ALTER DATABASE \"{template}\" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string database)
    {
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = database });
        return await command.ExecuteScalarAsync() is not null;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync();
    }

    private static long LockKey(string template) =>
        long.Parse(template[^16..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
