namespace Governance.Platform.Abstractions.Auditing;

/// <summary>
/// The platform's append-only audit trail. Commands are audited by a pipeline behaviour; modules call
/// <see cref="RecordReadAsync"/> themselves when they return a sensitive record (special-group membership,
/// legal-aid files, petitioner identity, unmasked ID or phone numbers).
/// </summary>
public interface IAuditTrail
{
    /// <summary>
    /// Appends a <c>read</c> row (who and from where come from the current request) in a transaction of its own.
    /// Call it before returning the record; if it throws, do not return the record.
    /// </summary>
    /// <param name="module">The module id, e.g. <c>LegalAid</c>.</param>
    /// <param name="recordType">The kind of record, e.g. <c>legal-aid-application</c>.</param>
    /// <param name="recordId">Its id.</param>
    /// <param name="detail">What was shown, e.g. <c>身份证号（完整）</c>; never the personal data itself.</param>
    Task RecordReadAsync(string module, string recordType, string recordId, string? detail, CancellationToken cancellationToken);
}
