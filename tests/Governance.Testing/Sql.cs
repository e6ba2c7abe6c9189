using System.Collections.Concurrent;
using Npgsql;

namespace Governance.Testing;

/// <summary>Direct reads and writes for assertions that the public API cannot make (positional $1, $2 … parameters).</summary>
public static class Sql
{
    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> DataSources = new();

    public static async Task<T> Scalar<T>(string connectionString, string sql, params object[] parameters)
    {
        await using var command = Command(connectionString, sql, parameters);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<List<string>> Column(string connectionString, string sql, params object[] parameters)
    {
        await using var command = Command(connectionString, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    public static async Task<int> Execute(string connectionString, string sql, params object[] parameters)
    {
        await using var command = Command(connectionString, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    private static NpgsqlCommand Command(string connectionString, string sql, object[] parameters)
    {
        var command = DataSources.GetOrAdd(connectionString, NpgsqlDataSource.Create).CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return command;
    }
}
