using Npgsql;

namespace Governance.TestPlugins.Receiver;

/// <summary>
/// Records each handler call on a connection of its own (autocommit), so the tests can count calls, failed ones
/// included, and see whether two relays ever delivered the same message to the same handler.
/// </summary>
internal sealed class InvocationLog(NpgsqlDataSource database, TimeProvider clock)
{
    /// <summary>Records a call and returns how many calls this handler has had for this message, this one included.</summary>
    public async Task<long> RecordAsync(Guid messageId, string handler, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            $"""
            WITH recorded AS (
                INSERT INTO {ReceiverDbContext.SchemaName}.handler_invocations (message_id, handler, invoked_at) VALUES ($1, $2, $3))
            SELECT count(*) + 1 FROM {ReceiverDbContext.SchemaName}.handler_invocations WHERE message_id = $1 AND handler = $2;
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = messageId });
        command.Parameters.Add(new NpgsqlParameter { Value = handler });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
