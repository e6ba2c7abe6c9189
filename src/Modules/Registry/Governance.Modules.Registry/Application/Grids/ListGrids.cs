using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Querying;

namespace Governance.Modules.Registry.Application.Grids;

/// <summary>Grids within a region (any level) and the caller's jurisdiction, by name and grid worker.</summary>
internal sealed record ListGrids(string? RegionCode, string? Name, Guid? WorkerId, string? Sort, int Page = 1, int PageSize = 20)
    : IQuery<Paged<GridItem>>, IPagedQuery;

internal sealed class ListGridsValidator : AbstractValidator<ListGrids>
{
    public ListGridsValidator()
    {
        RuleFor(q => q.RegionCode).MustBeRegionCode();
        RuleFor(q => q.Name).MaximumLength(100);
        RuleFor(q => q.Sort).Must(s => s is null or "code" or "name").WithMessage("排序应为 code 或 name");
        Include(new PagedQueryValidator());
    }
}

internal sealed class ListGridsHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<ListGrids, Paged<GridItem>>
{
    public Task<Paged<GridItem>> Handle(ListGrids request, CancellationToken ct)
    {
        var grids = db.Grids.AsNoTracking().Within(user).InRegion(request.RegionCode);

        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            grids = grids.Where(g => g.Name.Contains(request.Name.Trim()));
        }

        if (request.WorkerId is { } worker)
        {
            grids = grids.Where(g => g.WorkerIds.Contains(worker));
        }

        grids = request.Sort == "name" ? grids.OrderBy(g => g.Name).ThenBy(g => g.Code) : grids.OrderBy(g => g.Code);
        return grids.Select(g => new GridItem(g.ScopeCode, g.Village.Value, g.Name, g.WorkerIds.Count, g.Boundary != null))
            .ToPageAsync(request, ct);
    }
}

internal static class ListGridsEndpoint
{
    public static void Map(IEndpointRouteBuilder grids) =>
        grids.MapGet("", ([AsParameters] ListGrids query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .RequirePermission(RegistryPermissions.GridsRead)
            .WithSummary("网格列表：按区划、名称、网格员筛选，分页");
}
