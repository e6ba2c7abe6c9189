using Npgsql;

namespace Governance.Platform.Auditing;

/// <summary>
/// Appends rows to the audit chain. Under a transaction-scoped advisory lock it reads the last row and inserts the
/// next one (sequence + 1, hash over the previous hash), so concurrent writers, in one host or several, queue up
/// instead of forking the chain. The transaction must be READ COMMITTED (the default), so the read after the lock sees
/// the row the previous holder committed.
/// </summary>
internal sealed class AuditWriter(NpgsqlDataSource database, TimeProvider clock)
{
    // A writer waiting for the chain gives up instead of hanging, e.g. a read audited on another connection while the
    // same request's command transaction already holds the lock.
    private const string LockTimeout = "15s";

    private static readonly string InsertSql =
        $"""
        INSERT INTO platform.{AuditRecordConfiguration.Table} (sequence, occurred_at, user_id, user_name, department,
            client_address, operation, module, record_type, record_id, outcome, detail, previous_hash, hash)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
        """;

    /// <summary>Appends in a transaction of its own.</summary>
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await AppendAsync(entry, connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Appends inside <paramref name="transaction"/>; the chain stays locked until it ends.</summary>
    public async Task AppendAsync(
        AuditEntry entry, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var (lastSequence, previousHash) = await LockChainAsync(connection, transaction, cancellationToken);
        var record = AuditRecord.Chain(lastSequence + 1, clock.GetUtcNow(), entry, previousHash);
        await using var insert = new NpgsqlCommand(InsertSql, connection, transaction);
        foreach (var value in new object?[]
                 {
                     record.Sequence, record.OccurredAt, record.UserId, record.UserName, record.Department,
                     record.ClientAddress, record.Operation, record.Module, record.RecordType, record.RecordId,
                     record.Outcome, record.Detail, record.PreviousHash, record.Hash,
                 })
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    // Three statements, so the last row is read with a snapshot taken after the lock was granted.
    private static async Task<(long Sequence, string Hash)> LockChainAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"SELECT set_config('lock_timeout', '{LockTimeout}', true)"),
                new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({PlatformLocks.AuditChain})"),
                new NpgsqlBatchCommand(
                    $"SELECT sequence, hash FROM platform.{AuditRecordConfiguration.Table} ORDER BY sequence DESC LIMIT 1"),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditHash.Genesis);
    }
}
