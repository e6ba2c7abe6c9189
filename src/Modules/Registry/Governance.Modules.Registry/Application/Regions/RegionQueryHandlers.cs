using Governance.SharedKernel.Querying;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Contracts.Regions;
using Governance.Modules.Registry.Domain;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Registry.Application.Regions;

internal sealed class GetRegionDetailsHandler(RegistryDbContext db, RegionDirectory directory, ICurrentUser user)
    : IRequestHandler<GetRegionDetails, RegionDto>
{
    public async Task<RegionDto> Handle(GetRegionDetails request, CancellationToken ct)
    {
        var code = RegionCode.Parse(request.Code);
        var visible = await db.Regions.VisibleTo(user).AnyAsync(r => r.Code == code.Value, ct);
        return (visible ? await directory.DescribeAsync(code, ct) : null)
            ?? throw new NotFoundException($"区划 {code.ShortForm} 不存在或不在您的辖区内");
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
            .Select(RegionItems.Projection(db)).ToPageAsync(request, ct);
    }
}

internal sealed class SearchRegionsHandler(RegistryDbContext db, ICurrentUser user)
    : IRequestHandler<SearchRegions, Paged<RegionItem>>
{
    public Task<Paged<RegionItem>> Handle(SearchRegions request, CancellationToken ct)
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

        return regions.OrderBy(r => r.Level).ThenBy(r => r.Code).Select(RegionItems.Projection(db)).ToPageAsync(request, ct);
    }
}

internal static class RegionItems
{
    public static System.Linq.Expressions.Expression<Func<Region, RegionItem>> Projection(RegistryDbContext db) =>
        r => new RegionItem(r.Code, r.Prefix, r.Name, r.Level, r.ParentCode, db.Regions.Any(c => c.ParentCode == r.Code));
}
