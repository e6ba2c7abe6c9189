using System.Text.Json;

namespace Governance.Modules.Registry.Application.Grids;

/// <summary>The fields every grid write carries.</summary>
internal interface IGridFields
{
    string? Name { get; }

    IReadOnlyList<Guid>? WorkerIds { get; }

    JsonElement? Boundary { get; }
}

internal sealed class GridFieldsValidator : AbstractValidator<IGridFields>
{
    public const int MaxWorkers = 50;

    public GridFieldsValidator()
    {
        RuleFor(g => g.Name).NotEmpty().WithMessage("网格名称不能为空").MaximumLength(100).WithMessage("网格名称最多 100 个字符");
        RuleFor(g => g.WorkerIds)
            .Must(ids => ids is null || ids.Count <= MaxWorkers).WithMessage($"一个网格最多 {MaxWorkers} 名网格员")
            .Must(ids => ids is null || ids.All(id => id != Guid.Empty)).WithMessage("网格员 id 不能为空 GUID")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("网格员重复");
        RuleFor(g => g.Boundary).Custom((boundary, context) =>
        {
            if (boundary is { ValueKind: not JsonValueKind.Null } geometry && GeoJsonBoundary.Problem(geometry) is { } problem)
            {
                context.AddFailure(problem);
            }
        });
    }

    public static string? BoundaryText(JsonElement? boundary) =>
        boundary is { ValueKind: not JsonValueKind.Null } geometry ? geometry.GetRawText() : null;
}
