using Governance.Modules.Registry.Contracts.Persons;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Domain;

/// <summary>The master record of one person (实有人口): exactly one per citizen ID.</summary>
internal sealed class Person : IScoped
{
    public Guid Id { get; init; }

    public required CitizenId CitizenId { get; set; }

    public required string Name { get; set; }

    public Sex Sex { get; set; }

    public DateOnly BirthDate { get; set; }

    /// <summary>GB/T 3304 code, see <see cref="Ethnicities"/>.</summary>
    public required string Ethnicity { get; set; }

    /// <summary>户籍地: region (usually a county) and address.</summary>
    public RegionCode? HouseholdRegion { get; set; }

    public string? HouseholdAddress { get; set; }

    public required RegionCode CurrentRegion { get; set; }

    public GridCode? Grid { get; set; }

    public required string CurrentAddress { get; set; }

    /// <summary>The grid code, else the current region's significant digits: what jurisdiction is checked against.</summary>
    public required string ScopeCode { get; set; }

    public PhoneNumber? Phone { get; set; }

    public PopulationType PopulationType { get; set; }

    public DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The bulk import that last wrote the record, if any (provenance).</summary>
    public Guid? ImportId { get; set; }

    public uint Version { get; set; }
}
