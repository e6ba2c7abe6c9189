namespace Governance.Modules.Registry.Application.Places;

internal sealed record GetHouse(Guid Id) : IQuery<HouseView>;

internal sealed class GetHouseHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<GetHouse, HouseView>
{
    public async Task<HouseView> Handle(GetHouse request, CancellationToken ct) =>
        HouseView.From(user.EnsureVisible(await db.Houses.AsNoTracking().FirstOrDefaultAsync(h => h.Id == request.Id, ct), "房屋"));
}

internal static class GetHouseEndpoint
{
    public static void Map(IEndpointRouteBuilder houses) =>
        houses.MapGet("{id:guid}", (Guid id, IMediator m, HttpContext h, CancellationToken ct) =>
                PlaceEndpoints.Ok(h, m.Send(new GetHouse(id), ct), x => x.Version))
            .Read()
            .WithSummary("房屋详情");
}
