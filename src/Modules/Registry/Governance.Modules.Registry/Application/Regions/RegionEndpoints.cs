namespace Governance.Modules.Registry.Application.Regions;

/// <summary>
/// /regions: each use case maps its own route beside its handler; browsing needs registry.regions.read, or platform.admin
/// (an administrator gives users their jurisdiction by region code, so reads every region).
/// </summary>
internal static class RegionEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var regions = endpoints.MapGroup("regions")
            .RequireAnyPermission(RegistryPermissions.RegionsRead, PlatformPermissions.Administer);
        GetRegionDetailsEndpoint.Map(regions);
        ListRegionChildrenEndpoint.Map(regions);
        ListRegionsEndpoint.Map(regions);
        ImportRegions.Map(endpoints);
    }
}
