using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Auditing;

namespace Governance.Modules.Registry.Application.Places;

internal sealed record AddressView(
    Guid Id, string Code, string FullText, string RegionCode, string? GridCode, string ScopeCode, DateTimeOffset UpdatedAt, uint Version) : IAuditedResult
{
    string? IAuditedResult.AuditRecordId => Id.ToString();

    public static AddressView From(StandardAddress a) =>
        new(a.Id, a.Code, a.FullText, a.Region.Value, a.Grid?.Value, a.ScopeCode, a.UpdatedAt, a.Version);
}
