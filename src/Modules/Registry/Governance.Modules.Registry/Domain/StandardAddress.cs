using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Domain;

/// <summary>标准地址: the one address table persons, houses and units attach to (一标三实).</summary>
internal sealed class StandardAddress : IScoped
{
    public Guid Id { get; init; }

    /// <summary>The address code (地址编码) given by the public-security address system or the county.</summary>
    public required string Code { get; init; }

    public required string FullText { get; set; }

    public required RegionCode Region { get; set; }

    public GridCode? Grid { get; set; }

    public required string ScopeCode { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
