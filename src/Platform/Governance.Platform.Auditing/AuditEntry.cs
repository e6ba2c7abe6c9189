namespace Governance.Platform.Auditing;

/// <summary>What is to be appended to the audit trail; the writer adds sequence, time and the hashes.</summary>
internal sealed record AuditEntry(
    AuditActor Actor, string Operation, string Module, string? RecordType, string? RecordId, AuditOutcome Outcome, string? Detail);
