using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Mediation.Domain;

/// <summary>
/// Where a dispute sits on the ladder. A scope code is a region's significant digits (12 = village, 9 = township,
/// 6 = county) or a 15-digit grid code (its village); the level handling the dispute is that region's unless it was
/// 上报 further up.
/// </summary>
internal static class Levels
{
    /// <summary>The region a scope code (region or grid code, any accepted length) names; null when it is neither.</summary>
    public static RegionCode? RegionOf(string scopeCode) =>
        scopeCode.Length == GridCode.Length && GridCode.TryParse(scopeCode, out var grid, out _) ? grid.Village
        : RegionCode.TryParse(scopeCode, out var region, out _) ? region : null;

    public static HandlingLevel? LevelOf(RegionCode region) => region.Level switch
    {
        RegionLevel.Village => HandlingLevel.Village,
        RegionLevel.Township => HandlingLevel.Township,
        RegionLevel.County => HandlingLevel.County,
        _ => null,
    };

    public static RegionLevel RegionLevelOf(HandlingLevel level) => level switch
    {
        HandlingLevel.Village => RegionLevel.Village,
        HandlingLevel.Township => RegionLevel.Township,
        _ => RegionLevel.County,
    };

    /// <summary>The significant digits of the <paramref name="level"/> region over <paramref name="region"/>.</summary>
    public static string ScopeAt(RegionCode region, HandlingLevel level) =>
        (region.AncestorAt(RegionLevelOf(level)) ?? region).Prefix;

    /// <summary>The level and handling scope of a new dispute or sweep at <paramref name="scopeCode"/>; 422 above the county.</summary>
    public static (RegionCode Region, HandlingLevel Level) Place(string scopeCode)
    {
        var region = RegionOf(scopeCode) ?? throw new BusinessRuleException($"{scopeCode} 不是有效的区划代码或网格编码");
        var level = LevelOf(region) ?? throw new BusinessRuleException(
            $"矛盾纠纷按村（社区）、乡镇（街道）、县（区）三级办理，{scopeCode} 是{(region.Level == RegionLevel.Province ? "省" : "市")}级区划");
        return (region, level);
    }

    /// <summary>The code in storage form: a grid code as is, a region as its significant digits.</summary>
    public static string ScopeCodeOf(string code) =>
        code.Length == GridCode.Length ? code : RegionCode.Parse(code).Prefix;

    public static string LevelCode(this HandlingLevel level) => level.ToString().ToLowerInvariant();
}
