using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Auditing;

namespace Governance.Modules.Registry.Application.Places;

internal sealed record OrganisationView(
    Guid Id, string Name, string CreditCode, OrganisationType Type, string TypeName, Guid? AddressId, string? Address,
    Guid? LegalRepresentativePersonId, string RegionCode, string? GridCode, string ScopeCode, DateTimeOffset UpdatedAt, uint Version) : IAuditedResult
{
    string? IAuditedResult.AuditRecordId => Id.ToString();

    public static OrganisationView From(Organisation o) => new(o.Id, o.Name, o.CreditCode.Value, o.Type,
        CodeTables.OrganisationTypes[o.Type], o.AddressId, o.Address, o.LegalRepresentativePersonId, o.Region.Value,
        o.Grid?.Value, o.ScopeCode, o.UpdatedAt, o.Version);
}
