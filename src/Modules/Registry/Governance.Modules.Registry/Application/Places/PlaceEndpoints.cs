using Governance.SharedKernel.Http;

namespace Governance.Modules.Registry.Application.Places;

/// <summary>
/// 一标三实: standard addresses, houses and units, each use case mapping its own route beside its handler. Every write
/// needs registry.places.write, reads registry.places.read.
/// </summary>
internal static class PlaceEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var addresses = endpoints.MapGroup("addresses");
        RegisterAddressEndpoint.Map(addresses);
        GetAddressEndpoint.Map(addresses);
        ListAddressesEndpoint.Map(addresses);
        UpdateAddressEndpoint.Map(addresses);
        DeleteAddressEndpoint.Map(addresses);

        var houses = endpoints.MapGroup("houses");
        RegisterHouseEndpoint.Map(houses);
        GetHouseEndpoint.Map(houses);
        ListHousesEndpoint.Map(houses);
        UpdateHouseEndpoint.Map(houses);
        DeleteHouseEndpoint.Map(houses);

        var organisations = endpoints.MapGroup("organisations");
        RegisterOrganisationEndpoint.Map(organisations);
        GetOrganisationEndpoint.Map(organisations);
        ListOrganisationsEndpoint.Map(organisations);
        UpdateOrganisationEndpoint.Map(organisations);
        DeleteOrganisationEndpoint.Map(organisations);
    }

    public static RouteHandlerBuilder Read(this RouteHandlerBuilder builder) => builder.RequirePermission(RegistryPermissions.PlacesRead);

    public static RouteHandlerBuilder Write(this RouteHandlerBuilder builder) => builder.RequirePermission(RegistryPermissions.PlacesWrite);

    public static async Task<IResult> Created<T>(HttpContext http, Task<T> created, Func<T, (string Path, uint Version)> describe)
    {
        var value = await created;
        var (path, version) = describe(value);
        EntityTags.Set(http, version);
        return Results.Created($"/api/registry/{path}", value);
    }

    public static async Task<T> Ok<T>(HttpContext http, Task<T> read, Func<T, uint> version)
    {
        var value = await read;
        EntityTags.Set(http, version(value));
        return value;
    }

    public static async Task<IResult> NoContent<T>(Task<T> done)
    {
        await done;
        return Results.NoContent();
    }
}
