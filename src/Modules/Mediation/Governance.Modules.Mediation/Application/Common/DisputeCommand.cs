using System.Text.Json.Serialization;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>
/// A step on an existing dispute: the body of <c>POST /disputes/{id}/…</c>, with the id from the route and the version
/// from <c>If-Match</c> (never from the body). Answers the dispute's id; the endpoint then returns the fresh record.
/// </summary>
internal abstract record DisputeCommand : ICommand<Guid>, IAuditedCommand
{
    [JsonIgnore]
    public Guid DisputeId { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }

    string? IAuditedCommand.AuditRecordType => "dispute";

    string? IAuditedCommand.AuditRecordId => DisputeId.ToString();
}
