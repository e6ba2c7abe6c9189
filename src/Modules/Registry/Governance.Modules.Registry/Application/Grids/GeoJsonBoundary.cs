using System.Text.Json;

namespace Governance.Modules.Registry.Application.Grids;

/// <summary>
/// Checks that a grid boundary is a GeoJSON (RFC 7946) Polygon or MultiPolygon geometry: closed linear rings of at
/// least four [longitude, latitude] positions within WGS 84 range. Returns the first problem found, in Chinese.
/// </summary>
internal static class GeoJsonBoundary
{
    public static string? Problem(JsonElement geometry)
    {
        if (geometry.ValueKind != JsonValueKind.Object)
        {
            return "边界应为 GeoJSON 几何对象，如 {\"type\":\"Polygon\",\"coordinates\":[…]}";
        }

        var type = geometry.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            return type is "Polygon" or "MultiPolygon" ? "边界缺少 coordinates 数组" : TypeProblem(type);
        }

        return type switch
        {
            "Polygon" => PolygonProblem(coordinates, "coordinates"),
            "MultiPolygon" => MultiPolygonProblem(coordinates),
            _ => TypeProblem(type),
        };
    }

    private static string TypeProblem(string? type) =>
        $"边界的 type 应为 Polygon 或 MultiPolygon，实际为 {type ?? "（缺失）"}";

    private static string? MultiPolygonProblem(JsonElement polygons)
    {
        if (polygons.GetArrayLength() == 0)
        {
            return "MultiPolygon 至少应有一个多边形";
        }

        var index = 0;
        foreach (var polygon in polygons.EnumerateArray())
        {
            if (PolygonProblem(polygon, $"coordinates[{index++}]") is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? PolygonProblem(JsonElement rings, string path)
    {
        if (rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
        {
            return $"{path} 应为至少包含一个线环的数组";
        }

        var index = 0;
        foreach (var ring in rings.EnumerateArray())
        {
            if (RingProblem(ring, $"{path}[{index++}]") is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? RingProblem(JsonElement ring, string path)
    {
        if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() < 4)
        {
            return $"{path} 线环至少应有 4 个坐标点（首尾相同）";
        }

        var positions = new List<(double Lon, double Lat)>();
        var index = 0;
        foreach (var position in ring.EnumerateArray())
        {
            if (PositionOf(position) is not { } point)
            {
                return $"{path}[{index}] 应为 [经度, 纬度]，经度 −180–180，纬度 −90–90";
            }

            positions.Add(point);
            index++;
        }

        return positions[0] == positions[^1] ? null : $"{path} 线环未闭合：首个坐标点与最后一个应相同";
    }

    private static (double, double)? PositionOf(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() is < 2 or > 3)
        {
            return null;
        }

        var lon = position[0];
        var lat = position[1];
        if (lon.ValueKind != JsonValueKind.Number || lat.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        var (x, y) = (lon.GetDouble(), lat.GetDouble());
        return x is >= -180 and <= 180 && y is >= -90 and <= 90 ? (x, y) : null;
    }
}
