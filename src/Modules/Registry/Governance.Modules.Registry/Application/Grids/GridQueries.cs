using Governance.SharedKernel.Querying;
using FluentValidation;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Domain;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Registry.Application.Grids;

internal sealed record GetGrid(string Code) : IQuery<GridView>;

/// <summary>Grids within a region (any level) and the caller's jurisdiction, by name and grid worker.</summary>
internal sealed record ListGrids(string? RegionCode, string? Name, Guid? WorkerId, string? Sort, int Page = 1, int PageSize = 20)
    : IQuery<Paged<GridItem>>, IPagedQuery;

internal sealed class GetGridValidator : AbstractValidator<GetGrid>
{
    public GetGridValidator() => RuleFor(q => q.Code).MustBeGridCode();
}

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

internal static class GridLookup
{
    public static async Task<Grid> VisibleAsync(RegistryDbContext db, ICurrentUser user, GridCode code, CancellationToken ct)
    {
        var grid = await db.Grids.FirstOrDefaultAsync(g => g.Code == code, ct);
        return user.EnsureVisible(grid, $"网格 {code} ");
    }
}

internal sealed class GetGridHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<GetGrid, GridView>
{
    public async Task<GridView> Handle(GetGrid request, CancellationToken ct) =>
        GridView.From(await GridLookup.VisibleAsync(db, user, GridCode.Parse(request.Code), ct));
}

internal sealed class ListGridsHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<ListGrids, Paged<GridItem>>
{
    public Task<Paged<GridItem>> Handle(ListGrids request, CancellationToken ct)
    {
        var grids = db.Grids.AsNoTracking().Within(user);
        if (request.RegionCode is not null)
        {
            var prefix = RegionCode.Parse(request.RegionCode).Prefix;
            grids = grids.Where(g => g.ScopeCode.StartsWith(prefix));
        }

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
