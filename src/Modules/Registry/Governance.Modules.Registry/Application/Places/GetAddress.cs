namespace Governance.Modules.Registry.Application.Places;

internal sealed record GetAddress(Guid Id) : IQuery<AddressView>;

internal sealed class GetAddressHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<GetAddress, AddressView>
{
    public async Task<AddressView> Handle(GetAddress request, CancellationToken ct) =>
        AddressView.From(user.EnsureVisible(await db.Addresses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.Id, ct), "地址"));
}

internal static class GetAddressEndpoint
{
    public static void Map(IEndpointRouteBuilder addresses) =>
        addresses.MapGet("{id:guid}", (Guid id, IMediator m, HttpContext h, CancellationToken ct) =>
                PlaceEndpoints.Ok(h, m.Send(new GetAddress(id), ct), a => a.Version))
            .Read()
            .WithSummary("标准地址详情");
}
