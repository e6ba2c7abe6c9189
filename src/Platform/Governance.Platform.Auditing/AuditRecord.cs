namespace Governance.Platform.Auditing;

/// <summary>
/// One row of <c>platform.audit_log</c>. Rows are only ever appended (a trigger refuses DELETE, TRUNCATE and every
/// UPDATE but the one that links an unlinked row); once linked each carries the hash of the row before it, so a changed
/// or missing row breaks the chain. A row is written unlinked inside the audited transaction and linked after its commit
/// by <see cref="AuditChainer"/>.
/// </summary>
internal sealed class AuditRecord
{
    /// <summary>Given at insert, increasing: the order in which committed rows are linked.</summary>
    public long Id { get; init; }

    /// <summary>1, 2, 3 … without gaps: the order of the chain; null until the row is linked.</summary>
    public long? Sequence { get; private set; }

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

    public string? PreviousHash { get; private set; }

    public string? Hash { get; private set; }

    /// <summary>A new row of <paramref name="entry"/>, not linked yet.</summary>
    public static AuditRecord Unlinked(DateTimeOffset occurredAt, AuditEntry entry) => new()
    {
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
    };

    /// <summary>Links the row after <paramref name="previousHash"/> at <paramref name="sequence"/> and hashes it.</summary>
    public AuditRecord LinkAfter(long sequence, string previousHash)
    {
        (Sequence, PreviousHash) = (sequence, previousHash);
        Hash = AuditHash.Of(this);
        return this;
    }

    // Whatever a caller passes, the row is written: over-long text is cut rather than failing the audited operation.
    private static string? Clip(string? text, int length) => text is not null && text.Length > length ? text[..length] : text;
}
