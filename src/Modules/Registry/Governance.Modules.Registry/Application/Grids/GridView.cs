using System.Text.Json;
using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Auditing;

namespace Governance.Modules.Registry.Application.Grids;

internal sealed record GridView(
    string Code,
    string VillageCode,
    string Name,
    IReadOnlyList<Guid> WorkerIds,
    JsonElement? Boundary,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version) : IAuditedResult
{
    string? IAuditedResult.AuditRecordId => Code;

    public static GridView From(Grid grid) => new(
        grid.Code.Value,
        grid.Village.Value,
        grid.Name,
        grid.WorkerIds,
        grid.Boundary is null ? null : JsonDocument.Parse(grid.Boundary).RootElement.Clone(),
        grid.CreatedAt,
        grid.UpdatedAt,
        grid.Version);
}

/// <summary>What a grid list shows; the boundary is left out (ask for the grid itself).</summary>
internal sealed record GridItem(string Code, string VillageCode, string Name, int WorkerCount, bool HasBoundary);
