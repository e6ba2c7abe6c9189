using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.Regions;

/// <summary>/regions: each use case maps its own route beside its handler; browsing needs registry.regions.read.</summary>
internal static class RegionEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var regions = endpoints.MapGroup("regions").RequirePermission(RegistryPermissions.RegionsRead);
        GetRegionDetailsEndpoint.Map(regions);
        ListRegionChildrenEndpoint.Map(regions);
        ListRegionsEndpoint.Map(regions);
        ImportRegions.Map(endpoints);
    }

    /// <summary>The region of the caller's jurisdiction (a grid jurisdiction is shown as its village).</summary>
    public static string MyRegion(ICurrentUser user)
    {
        var code = user.Jurisdiction?.Code ?? throw new NotFoundException("您没有辖区");
        return code.Length > RegionCode.CanonicalLength ? code[..RegionCode.CanonicalLength] : code;
    }
}
