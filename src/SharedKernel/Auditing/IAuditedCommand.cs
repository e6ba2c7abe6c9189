namespace Governance.SharedKernel.Auditing;

/// <summary>
/// Optional on a command: names the record it acts on, for its audit row. Without it (or when it returns null) the
/// record id is taken from the command's result when that is an id (see <see cref="ICommandAuditor"/>).
/// </summary>
public interface IAuditedCommand
{
    /// <summary>The kind of record, e.g. <c>petition</c>; null = not stated.</summary>
    string? AuditRecordType => null;

    /// <summary>The id of the record the command changes, when known before it runs.</summary>
    string? AuditRecordId => null;
}
