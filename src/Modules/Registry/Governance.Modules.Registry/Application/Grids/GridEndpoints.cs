namespace Governance.Modules.Registry.Application.Grids;

/// <summary>/grids: each use case maps its own route beside its handler.</summary>
internal static class GridEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var grids = endpoints.MapGroup("grids");
        RegisterGridEndpoint.Map(grids);
        GetGridEndpoint.Map(grids);
        ListGridsEndpoint.Map(grids);
        UpdateGridEndpoint.Map(grids);
        DeleteGridEndpoint.Map(grids);
    }
}
