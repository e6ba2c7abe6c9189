using System.Globalization;
using System.Text.Json;
using Governance.Modules.Registry.Application.Grids;
using Governance.Modules.Registry.Domain;
using Governance.Platform.Abstractions.Demo;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.Demo;

/// <summary>
/// One grid per village, its boundary an irregular octagon around the village's point on a square lattice
/// (about 2 km apart) at a nominal origin — plausible shapes, not the real geography.
/// </summary>
internal static class DemoGrids
{
    private const double Origin = 117.40, OriginLat = 36.60, Spacing = 0.02;

    public static List<Grid> Create(IReadOnlyList<DemoVillage> villages, Random random, DateTimeOffset now)
    {
        var side = (int)Math.Ceiling(Math.Sqrt(villages.Count));
        return villages.Select((village, i) =>
        {
            var code = GridCode.Create(RegionCode.Parse(village.Code), 1);
            var boundary = Boundary(Origin + i % side * Spacing, OriginLat + i / side * Spacing, random);
            using var geometry = JsonDocument.Parse(boundary);
            var problem = GeoJsonBoundary.Problem(geometry.RootElement);
            return problem is null
                ? new Grid
                {
                    Code = code, Village = code.Village, ScopeCode = code.Value, Name = $"{DemoAddresses.Short(village.Name)}第一网格",
                    Boundary = boundary, CreatedAt = now, UpdatedAt = now,
                }
                : throw new InvalidOperationException(problem);
        }).ToList();
    }

    private static string Boundary(double lon, double lat, Random random)
    {
        var points = Enumerable.Range(0, 8).Select(k =>
        {
            var angle = k * Math.PI / 4;
            var radius = Spacing * (0.35 + random.NextDouble() * 0.13);
            return string.Create(CultureInfo.InvariantCulture, $"[{lon + radius * Math.Cos(angle):F6},{lat + radius * Math.Sin(angle):F6}]");
        }).ToList();
        points.Add(points[0]);
        return $$"""{"type":"Polygon","coordinates":[[{{string.Join(",", points)}}]]}""";
    }
}
