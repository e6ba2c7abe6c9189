using Npgsql;

namespace Governance.Modules.Petitions.Benchmarks;

/// <summary>
/// Fills the petitions table set-based: copies of one petition registered through the API, every column taken from it
/// but the key, the tracking number and a few varied ones (channel, category, state, received date), so the benchmark
/// needs no knowledge of the table's other columns.
/// </summary>
internal static class PetitionRows
{
    private static readonly Dictionary<string, string> Varied = new()
    {
        ["id"] = "gen_random_uuid()",
        ["tracking_number"] = "'XFBENCH' || lpad(n::text, 9, '0')",
        ["channel"] = "(ARRAY['Visit','Letter','Phone','Online'])[1 + n % 4]",
        ["category"] = "(ARRAY['Suggestion','Accusation','Claim'])[1 + n % 3]",
        ["state"] = "(ARRAY['Registered','Accepted','Answered','Delivered','Finalized'])[1 + n % 5]",
        ["received_at"] = "p.received_at - make_interval(mins => n % 500000)",
        ["subject"] = "p.subject || ' ' || n",
    };

    public static async Task CopyAsync(string connectionString, Guid template, int rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<string>();
        await using (var read = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'petitions' AND table_name = 'petitions' " +
            "AND is_generated = 'NEVER' AND identity_generation IS NULL ORDER BY ordinal_position", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        var values = columns.Select(c => Varied.TryGetValue(c, out var expression) ? expression : $"p.{c}");
        await using (var insert = new NpgsqlCommand(
            $"INSERT INTO petitions.petitions ({string.Join(", ", columns)}) SELECT {string.Join(", ", values)} " +
            "FROM petitions.petitions p, generate_series(1, $1) n WHERE p.id = $2", connection) { CommandTimeout = 600 })
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = rows });
            insert.Parameters.Add(new NpgsqlParameter { Value = template });
            await insert.ExecuteNonQueryAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE petitions.petitions", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}
