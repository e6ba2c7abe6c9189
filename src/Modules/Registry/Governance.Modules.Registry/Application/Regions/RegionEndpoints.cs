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
}
