using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Http;

namespace Governance.Modules.Registry.Application.Places;

/// <summary>The body of PUT /houses/{id}.</summary>
internal sealed record HouseChanges(Guid? AddressId, HouseType? Type, Guid? OwnerPersonId, bool? IsRental, int? Rooms, decimal? Area)
    : IHouseFields;

internal sealed record UpdateHouse(Guid Id, uint ExpectedVersion, HouseChanges Changes) : ICommand<HouseView>;

internal sealed class UpdateHouseValidator : AbstractValidator<UpdateHouse>
{
    public UpdateHouseValidator(RegistryDbContext db) =>
        RuleFor(c => c.Changes).NotNull().SetValidator(new HouseFieldsValidator(db)).OverridePropertyName("");
}

internal sealed class UpdateHouseHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UpdateHouse, HouseView>
{
    public async Task<HouseView> Handle(UpdateHouse request, CancellationToken ct)
    {
        var house = user.EnsureVisible(await db.Houses.FirstOrDefaultAsync(h => h.Id == request.Id, ct), "房屋");
        EntityTags.EnsureCurrent(request.ExpectedVersion, house.Version, "房屋");
        var address = user.EnsureVisible(await db.Addresses.FirstOrDefaultAsync(a => a.Id == request.Changes.AddressId, ct), "标准地址");
        house.ScopeCode = address.ScopeCode;
        house.Apply(request.Changes, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return HouseView.From(house);
    }
}

internal static class UpdateHouseEndpoint
{
    public static void Map(IEndpointRouteBuilder houses) =>
        houses.MapPut("{id:guid}", (Guid id, HouseChanges b, IMediator m, HttpContext h, CancellationToken ct) =>
                PlaceEndpoints.Ok(h, m.Send(new UpdateHouse(id, EntityTags.Required(h.Request), b), ct), x => x.Version))
            .Write()
            .WithSummary("修改房屋（需 If-Match）");
}
