using System.Text.Json.Serialization;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Messaging;

namespace Governance.SharedKernel.Cases;

/// <summary>
/// A step on an existing case: the body of <c>POST …/{id}/{step}</c>, with the id from the route and the version from
/// <c>If-Match</c> (never from the body). Answers the case's id; the step endpoint then returns the fresh record and ETag.
/// </summary>
public abstract record CaseCommand : ICommand<Guid>, IAuditedCommand
{
    [JsonIgnore]
    public Guid CaseId { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }

    /// <summary>The record type in the audit log, e.g. <c>petition</c>.</summary>
    protected abstract string RecordType { get; }

    string? IAuditedCommand.AuditRecordType => RecordType;

    string? IAuditedCommand.AuditRecordId => CaseId.ToString();
}
