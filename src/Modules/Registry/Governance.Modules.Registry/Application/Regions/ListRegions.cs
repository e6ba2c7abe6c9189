using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Querying;

namespace Governance.Modules.Registry.Application.Regions;

/// <summary>
/// Regions whose name contains <see cref="Name"/>: within the caller's jurisdiction, or with
/// <see cref="National"/> the provinces, cities and counties of all China (e.g. to pick a 户籍地).
/// </summary>
internal sealed record ListRegions(string? Name, RegionLevel? Level, bool? National, int Page = 1, int PageSize = 20)
    : IQuery<Paged<RegionItem>>, IPagedQuery;

internal sealed class ListRegionsValidator : AbstractValidator<ListRegions>
{
    public ListRegionsValidator()
    {
        RuleFor(q => q.Name).NotEmpty().WithMessage("请输入要查找的区划名称").MaximumLength(50).WithMessage("名称最多 50 个字符");
        RuleFor(q => q.Level).IsInEnum().WithMessage("级别应为 Province、City、County、Township 或 Village");
        Include(new PagedQueryValidator());
    }
}

internal sealed class ListRegionsHandler(RegistryDbContext db, ICurrentUser user)
    : IRequestHandler<ListRegions, Paged<RegionItem>>
{
    public Task<Paged<RegionItem>> Handle(ListRegions request, CancellationToken ct)
    {
        var regions = request.National == true
            ? db.Regions.Where(r => r.Level <= RegionLevel.County)
            : db.Regions.VisibleTo(user);
        var name = request.Name!.Trim();
        regions = regions.Where(r => r.Name.Contains(name));
        if (request.Level is { } level)
        {
            regions = regions.Where(r => r.Level == level);
        }

        return regions.OrderBy(r => r.Level).ThenBy(r => r.Code).Select(RegionItem.Projection(db)).ToPageAsync(request, ct);
    }
}

internal static class ListRegionsEndpoint
{
    public static void Map(IEndpointRouteBuilder regions) =>
        regions.MapGet("", ([AsParameters] ListRegions query, IMediator mediator, CancellationToken ct) =>
                mediator.Send(query, ct))
            .WithSummary("按名称查找区划：辖区内，或 national=true 时全国的省、市、县");
}
