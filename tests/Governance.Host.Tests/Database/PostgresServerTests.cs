using Governance.Testing;
using Npgsql;

namespace Governance.Host.Tests.Database;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task Each_created_database_is_empty_and_isolated()
    {
        var first = await PostgresServer.CreateDatabaseAsync("Isolation Test");
        var second = await PostgresServer.CreateDatabaseAsync("Isolation Test");

        await ExecuteAsync(first, "CREATE TABLE only_in_first (id int)");

        Assert.NotEqual(Database(first), Database(second));
        Assert.StartsWith("isolation_test_", Database(first));
        Assert.Equal(0L, await ExecuteAsync(second, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_first'"));

        await PostgresServer.DropDatabaseAsync(first);
        await PostgresServer.DropDatabaseAsync(second);
        Assert.Equal(0L, await ExecuteAsync(
            await PostgresServer.GetAdminConnectionStringAsync(),
            $"SELECT count(*) FROM pg_database WHERE datname IN ('{Database(first)}', '{Database(second)}')"));
    }

    private static string Database(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).Database!;

    private static async Task<object?> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
