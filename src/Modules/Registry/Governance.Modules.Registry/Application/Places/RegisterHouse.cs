using Governance.Modules.Registry.Contracts.Events;
using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Idempotency;

namespace Governance.Modules.Registry.Application.Places;

internal sealed record RegisterHouse(Guid? AddressId, HouseType? Type, Guid? OwnerPersonId, bool? IsRental, int? Rooms, decimal? Area)
    : ICommand<HouseView>, IHouseFields;

internal sealed class RegisterHouseValidator : AbstractValidator<RegisterHouse>
{
    public RegisterHouseValidator(RegistryDbContext db) => Include(new HouseFieldsValidator(db));
}

internal sealed class RegisterHouseHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RegisterHouse, HouseView>
{
    public async Task<HouseView> Handle(RegisterHouse request, CancellationToken ct)
    {
        var address = user.EnsureVisible(await db.Addresses.FirstOrDefaultAsync(a => a.Id == request.AddressId, ct), "标准地址");
        var now = clock.GetUtcNow();
        var house = new House { Id = Guid.CreateVersion7(now), ScopeCode = address.ScopeCode, CreatedAt = now };
        house.Apply(request, now);
        db.Houses.Add(house);
        db.Publish(new HouseRegistered(house.Id, house.AddressId, house.ScopeCode, house.IsRental, house.OwnerPersonId) { OccurredAt = now });
        await db.SaveChangesAsync(ct);
        return HouseView.From(house);
    }
}

internal static class RegisterHouseEndpoint
{
    public static void Map(IEndpointRouteBuilder houses) =>
        houses.MapPost("", (RegisterHouse c, IMediator m, HttpContext h, CancellationToken ct) =>
                PlaceEndpoints.Created(h, m.Send(c, ct), x => ($"houses/{x.Id}", x.Version)))
            .Write()
            .AcceptsIdempotencyKey<RegistryDbContext>()
            .WithSummary("登记实有房屋（含出租房屋）");
}
