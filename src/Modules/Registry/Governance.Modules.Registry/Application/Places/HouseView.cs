using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Auditing;

namespace Governance.Modules.Registry.Application.Places;

internal sealed record HouseView(
    Guid Id, Guid AddressId, HouseType Type, string TypeName, Guid? OwnerPersonId, bool IsRental, int Rooms, decimal? Area,
    string ScopeCode, DateTimeOffset UpdatedAt, uint Version) : IAuditedResult
{
    string? IAuditedResult.AuditRecordId => Id.ToString();

    public static HouseView From(House h) => new(h.Id, h.AddressId, h.Type, CodeTables.HouseTypes[h.Type], h.OwnerPersonId,
        h.IsRental, h.Rooms, h.Area, h.ScopeCode, h.UpdatedAt, h.Version);
}
