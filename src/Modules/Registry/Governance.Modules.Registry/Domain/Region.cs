using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Domain;

/// <summary>A statistical division (统计用区划代码) of one edition of the official table.</summary>
internal sealed class Region
{
    public required string Code { get; init; }

    /// <summary>The significant digits: every code within this region starts with them.</summary>
    public required string Prefix { get; init; }

    public required string Name { get; set; }

    public required RegionLevel Level { get; init; }

    public string? ParentCode { get; set; }

    /// <summary>The edition (year) of the table the row was last written from.</summary>
    public int Edition { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
