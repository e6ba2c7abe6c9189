using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Contracts.Regions;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Registry.Application.Regions;

internal static class RegionEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var regions = endpoints.MapGroup("regions").RequirePermission(RegistryPermissions.RegionsRead);
        regions.MapGet("mine", (ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetRegionDetails(MyRegion(user)), ct))
            .WithSummary("当前用户辖区所在的区划（区划树的根）");
        regions.MapGet("{code}", (string code, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetRegionDetails(code), ct))
            .WithSummary("区划详情及其上级（省→村）名称");
        regions.MapGet("{code}/children", (string code, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListRegionChildren(code, page ?? 1, pageSize ?? 20), ct))
            .WithSummary("下级区划（分页）");
        regions.MapGet("", ([AsParameters] SearchRegions query, IMediator mediator, CancellationToken ct) =>
                mediator.Send(query, ct))
            .WithSummary("按名称查找区划：辖区内，或 national=true 时全国的省、市、县");
        ImportRegions.Map(endpoints);
    }

    private static string MyRegion(ICurrentUser user)
    {
        var code = user.Jurisdiction?.Code ?? throw new NotFoundException("您没有辖区");
        return code.Length > RegionCode.CanonicalLength ? code[..RegionCode.CanonicalLength] : code;
    }
}
