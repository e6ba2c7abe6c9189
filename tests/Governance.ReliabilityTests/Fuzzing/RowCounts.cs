using Npgsql;

namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>
/// The number of rows of every table of the platform's and the modules' schemas, in one query. <c>platform.audit_log</c> is
/// left out: the audit trail records refused and failed attempts by design (a 400 is a <c>failure</c> row).
/// </summary>
public sealed class RowCounts(string connectionString) : IAsyncDisposable
{
    private const string Query = """
        SELECT table_schema || '.' || table_name,
               (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text::bigint
        FROM information_schema.tables
        WHERE table_schema IN ('platform', 'registry', 'petitions', 'mediation') AND table_type = 'BASE TABLE'
          AND (table_schema, table_name) <> ('platform', 'audit_log')
        ORDER BY 1
        """;

    private readonly NpgsqlDataSource _database = NpgsqlDataSource.Create(connectionString);

    public async Task<IReadOnlyDictionary<string, long>> TakeAsync()
    {
        await using var command = _database.CreateCommand(Query);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    /// <summary>The tables whose counts differ, as <c>registry.persons +1</c>.</summary>
    public static IReadOnlyList<string> Changes(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.Where(t => before.GetValueOrDefault(t.Key) != t.Value)
            .Select(t => $"{t.Key} {t.Value - before.GetValueOrDefault(t.Key):+#;-#}")
            .ToList();
}
