namespace Governance.Platform.Auditing;

/// <summary>An audit row as the query API returns it.</summary>
internal sealed record AuditRecordView(
    long Id,
    long? Sequence,
    DateTimeOffset OccurredAt,
    Guid? UserId,
    string? UserName,
    string? Department,
    string? ClientAddress,
    string Operation,
    string Module,
    string? RecordType,
    string? RecordId,
    string Outcome,
    string OutcomeLabel,
    string? Detail,
    string? PreviousHash,
    string? Hash)
{
    public static AuditRecordView Of(AuditRecord record) => new(
        record.Id, record.Sequence, record.OccurredAt, record.UserId, record.UserName, record.Department, record.ClientAddress,
        record.Operation, record.Module, record.RecordType, record.RecordId, record.Outcome,
        AuditOutcome.Find(record.Outcome)?.Label ?? record.Outcome, record.Detail, record.PreviousHash, record.Hash);
}
