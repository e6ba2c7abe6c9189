using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Querying;

namespace Governance.Modules.Registry.Application.Regions;

/// <summary>The regions directly below a region that the caller may browse.</summary>
internal sealed record ListRegionChildren(string Code, int Page = 1, int PageSize = 20) : IQuery<Paged<RegionItem>>, IPagedQuery;

internal sealed class ListRegionChildrenValidator : AbstractValidator<ListRegionChildren>
{
    public ListRegionChildrenValidator()
    {
        RuleFor(q => q.Code).MustBeRegionCode();
        Include(new PagedQueryValidator());
    }
}

internal sealed class ListRegionChildrenHandler(RegistryDbContext db, ICurrentUser user)
    : IRequestHandler<ListRegionChildren, Paged<RegionItem>>
{
    public async Task<Paged<RegionItem>> Handle(ListRegionChildren request, CancellationToken ct)
    {
        var code = RegionCode.Parse(request.Code);
        var visible = db.Regions.VisibleTo(user);
        if (!await visible.AnyAsync(r => r.Code == code.Value, ct))
        {
            throw new NotFoundException($"区划 {code.ShortForm} 不存在或不在您的辖区内");
        }

        return await visible.Where(r => r.ParentCode == code.Value).OrderBy(r => r.Code)
            .Select(RegionItem.Projection(db)).ToPageAsync(request, ct);
    }
}

internal static class ListRegionChildrenEndpoint
{
    public static void Map(IEndpointRouteBuilder regions) =>
        regions.MapGet("{code}/children", (string code, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListRegionChildren(code, page ?? 1, pageSize ?? 20), ct))
            .WithSummary("下级区划（分页）");
}
