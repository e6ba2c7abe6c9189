namespace Governance.SharedKernel.Auditing;

/// <summary>A command result that is more than an id but carries the id of the record the command created or changed.</summary>
public interface IAuditedResult
{
    /// <summary>Null only for a command over many records at once, whose result lists them.</summary>
    string? AuditRecordId { get; }
}
