using System.Linq.Expressions;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;

namespace Governance.Modules.Registry.Application.Common;

/// <summary>
/// Where a record sits: a township or village and optionally a grid within it (the grid alone implies its village).
/// Its scope code is the grid code, else the region's significant digits.
/// </summary>
internal sealed record Placement(RegionCode Region, GridCode? Grid)
{
    public string ScopeCode => Grid?.Value ?? Region.Prefix;

    /// <summary>From already validated input.</summary>
    public static Placement Of(string? regionCode, string? gridCode)
    {
        var grid = string.IsNullOrEmpty(gridCode) ? null : GridCode.Parse(gridCode);
        return new Placement(string.IsNullOrEmpty(regionCode) ? grid!.Village : RegionCode.Parse(regionCode), grid);
    }

    /// <summary>Adds the rules of a placement given as a region code and a grid code to a validator.</summary>
    public static void AddRules<T>(
        AbstractValidator<T> validator, RegistryDbContext db,
        Expression<Func<T, string?>> region, Expression<Func<T, string?>> grid, string what)
    {
        var regionOf = region.Compile();
        var gridOf = grid.Compile();
        validator.RuleFor(region).NotEmpty().When(x => string.IsNullOrEmpty(gridOf(x)))
            .WithMessage($"请填写{what}区划代码（乡镇/街道或村/社区）或网格编码");
        validator.RuleFor(region).MustBeRegionCode().DependentRules(() =>
            validator.RuleFor(region)
                .Must(code => RegionCode.Parse(code!).Level >= RegionLevel.Township)
                .WithMessage(x => $"{what}区划 {regionOf(x)} 应为乡镇/街道或村/社区级代码")
                .MustAsync((code, ct) => db.Regions.AnyAsync(r => r.Code == RegionCode.Parse(code!).Value, ct))
                .WithMessage(x => $"{what}区划 {regionOf(x)} 不在区划代码表中")
                .When(x => !string.IsNullOrEmpty(regionOf(x))));
        validator.RuleFor(grid).MustBeGridCode().DependentRules(() =>
            validator.RuleFor(grid)
                .MustAsync((code, ct) => db.Grids.AnyAsync(g => g.Code == GridCode.Parse(code!), ct))
                .WithMessage(x => $"网格 {gridOf(x)} 不存在")
                .Must((x, code) => string.IsNullOrEmpty(regionOf(x)) || !RegionCode.TryParse(regionOf(x), out var r, out _)
                                   || GridCode.Parse(code!).IsWithin(r))
                .WithMessage(x => $"网格 {gridOf(x)} 不在{what}区划 {regionOf(x)} 内")
                .When(x => !string.IsNullOrEmpty(gridOf(x))));
    }
}
