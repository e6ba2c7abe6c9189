namespace Governance.Modules.Registry.Domain;

/// <summary>实有房屋, including rental houses (出租房屋), at a standard address.</summary>
internal sealed class House : IScoped
{
    public Guid Id { get; init; }

    public Guid AddressId { get; set; }

    public HouseType Type { get; set; }

    public Guid? OwnerPersonId { get; set; }

    public bool IsRental { get; set; }

    public int Rooms { get; set; }

    /// <summary>Floor area in square metres.</summary>
    public decimal? Area { get; set; }

    /// <summary>Copied from the address.</summary>
    public required string ScopeCode { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
