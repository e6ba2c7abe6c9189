namespace Governance.SharedKernel.Auditing;

/// <summary>
/// The platform's append-only audit trail. Commands are audited by a pipeline behaviour; modules call
/// <see cref="RecordReadAsync"/> themselves when they return a sensitive record (special-group membership,
/// legal-aid files, petitioner identity, unmasked ID or phone numbers).
/// </summary>
public interface IAuditTrail
{
    Task RecordReadAsync(string module, string recordType, string recordId, string? detail, CancellationToken cancellationToken);
}
