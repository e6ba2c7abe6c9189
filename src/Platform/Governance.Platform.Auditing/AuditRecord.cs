namespace Governance.Platform.Auditing;

/// <summary>
/// One row of <c>platform.audit_log</c>. Rows are only ever appended (a trigger refuses UPDATE, DELETE and
/// TRUNCATE); each carries the hash of the row before it, so a changed or missing row breaks the chain.
/// </summary>
internal sealed class AuditRecord
{
    /// <summary>1, 2, 3 … without gaps: the order of the chain.</summary>
    public long Sequence { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public Guid? UserId { get; init; }

    public string? UserName { get; init; }

    public string? Department { get; init; }

    public string? ClientAddress { get; init; }

    /// <summary>The command's type name, or <c>read</c> for a sensitive read.</summary>
    public required string Operation { get; init; }

    public required string Module { get; init; }

    public string? RecordType { get; init; }

    public string? RecordId { get; init; }

    /// <summary>An <see cref="AuditOutcome"/> code.</summary>
    public required string Outcome { get; init; }

    public string? Detail { get; init; }

    public required string PreviousHash { get; init; }

    public string Hash { get; private set; } = "";

    /// <summary>The row that follows <paramref name="previousHash"/> at <paramref name="sequence"/>, hashed.</summary>
    public static AuditRecord Chain(long sequence, DateTimeOffset occurredAt, AuditEntry entry, string previousHash)
    {
        var record = new AuditRecord
        {
            Sequence = sequence,
            OccurredAt = AuditHash.ToStoredPrecision(occurredAt),
            UserId = entry.Actor.UserId,
            UserName = Clip(entry.Actor.UserName, AuditRecordConfiguration.NameLength),
            Department = Clip(entry.Actor.Department, AuditRecordConfiguration.CodeLength),
            ClientAddress = Clip(entry.Actor.ClientAddress, AuditRecordConfiguration.AddressLength),
            Operation = Clip(entry.Operation, AuditRecordConfiguration.NameLength)!,
            Module = Clip(entry.Module, AuditRecordConfiguration.CodeLength)!,
            RecordType = Clip(entry.RecordType, AuditRecordConfiguration.CodeLength),
            RecordId = Clip(entry.RecordId, AuditRecordConfiguration.NameLength),
            Outcome = entry.Outcome.Code,
            Detail = Clip(entry.Detail, AuditRecordConfiguration.DetailLength),
            PreviousHash = previousHash,
        };
        record.Hash = AuditHash.Of(record);
        return record;
    }

    // Whatever a caller passes, the row is written: over-long text is cut rather than failing the audited operation.
    private static string? Clip(string? text, int length) => text is not null && text.Length > length ? text[..length] : text;
}
