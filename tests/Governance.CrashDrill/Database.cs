using Npgsql;

namespace Governance.CrashDrill;

/// <summary>Read-only queries on the host's database, across every module schema that keeps an outbox or an inbox.</summary>
internal sealed class Database(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    public async Task<List<Guid>> IdsAsync(string sql) => await ColumnAsync<Guid>(sql);

    public async Task<long> CountAsync(string sql) => (long)(await _source.CreateCommand(sql).ExecuteScalarAsync())!;

    /// <summary>Outbox messages some handler has not finished with yet.</summary>
    public async Task<long> UndeliveredAsync() =>
        await SumOverAsync("outbox_messages", schema => $"SELECT count(*) FROM \"{schema}\".outbox_messages WHERE processed_at IS NULL");

    /// <summary>Deliveries of events to handlers that completed.</summary>
    public async Task<long> DeliveredAsync() =>
        await SumOverAsync("outbox_deliveries", schema => $"SELECT count(*) FROM \"{schema}\".outbox_deliveries WHERE delivered_at IS NOT NULL");

    /// <summary>
    /// Deliveries whose handler did not record the message exactly once in its inbox: each handler's effect and its inbox
    /// row commit together, so this counts events lost or applied twice.
    /// </summary>
    public async Task<long> DeliveriesNotInboxedOnceAsync()
    {
        var inboxes = string.Join(" UNION ALL ", (await SchemasWithAsync("inbox_messages"))
            .Select(schema => $"SELECT message_id, handler FROM \"{schema}\".inbox_messages"));
        return await SumOverAsync("outbox_deliveries", schema =>
            $"SELECT count(*) FROM \"{schema}\".outbox_deliveries d WHERE d.delivered_at IS NOT NULL AND " +
            $"(SELECT count(*) FROM ({inboxes}) i WHERE i.message_id = d.message_id AND i.handler = d.handler) <> 1");
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    private async Task<long> SumOverAsync(string table, Func<string, string> count)
    {
        var total = 0L;
        foreach (var schema in await SchemasWithAsync(table))
        {
            total += await CountAsync(count(schema));
        }

        return total;
    }

    private Task<List<string>> SchemasWithAsync(string table) =>
        ColumnAsync<string>($"SELECT table_schema FROM information_schema.tables WHERE table_name = '{table}' ORDER BY 1");

    private async Task<List<T>> ColumnAsync<T>(string sql)
    {
        await using var reader = await _source.CreateCommand(sql).ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
