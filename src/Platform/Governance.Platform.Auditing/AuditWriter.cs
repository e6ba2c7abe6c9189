using Npgsql;

namespace Governance.Platform.Auditing;

/// <summary>
/// Appends unlinked rows to the audit log: a plain INSERT, no lock, so audited transactions commit side by side.
/// <see cref="AuditChainer"/> links the committed rows into the chain afterwards.
/// </summary>
internal sealed class AuditWriter(NpgsqlDataSource database, TimeProvider clock)
{
    private static readonly string InsertSql =
        $"""
        INSERT INTO platform.{AuditRecordConfiguration.Table} (occurred_at, user_id, user_name, department,
            client_address, operation, module, record_type, record_id, outcome, detail)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        """;

    /// <summary>Appends in a transaction of its own.</summary>
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var insert = database.CreateCommand(InsertSql);
        await InsertAsync(insert, entry, cancellationToken);
    }

    /// <summary>Appends inside <paramref name="transaction"/>: the row commits or rolls back with it.</summary>
    public async Task AppendAsync(
        AuditEntry entry, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand(InsertSql, connection, transaction);
        await InsertAsync(insert, entry, cancellationToken);
    }

    private async Task InsertAsync(NpgsqlCommand insert, AuditEntry entry, CancellationToken cancellationToken)
    {
        var record = AuditRecord.Unlinked(clock.GetUtcNow(), entry);
        foreach (var value in new object?[]
                 {
                     record.OccurredAt, record.UserId, record.UserName, record.Department, record.ClientAddress,
                     record.Operation, record.Module, record.RecordType, record.RecordId, record.Outcome, record.Detail,
                 })
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
