using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Domain;

/// <summary>A grid (网格) inside a village or community; its code is its scope code.</summary>
internal sealed class Grid : IScoped
{
    public required GridCode Code { get; init; }

    public required RegionCode Village { get; init; }

    /// <summary>The grid code as text, for prefix queries (a grid is in its own scope).</summary>
    public required string ScopeCode { get; init; }

    public required string Name { get; set; }

    /// <summary>Platform user ids of the grid workers (网格员); users live in the platform, only ids are kept.</summary>
    public List<Guid> WorkerIds { get; set; } = [];

    /// <summary>GeoJSON Polygon or MultiPolygon (WGS 84 longitude/latitude), stored as jsonb.</summary>
    public string? Boundary { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
