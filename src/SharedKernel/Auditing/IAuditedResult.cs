namespace Governance.SharedKernel.Auditing;

/// <summary>A command result that is more than an id but carries the id of the record the command created or changed.</summary>
public interface IAuditedResult
{
    string AuditRecordId { get; }
}
