using Governance.SharedKernel.Http;

namespace Governance.Modules.Registry.Application.Places;

/// <summary>The body of PUT /addresses/{id}: everything but the code.</summary>
internal sealed record AddressChanges(string? FullText, string? RegionCode, string? GridCode) : IAddressFields;

internal sealed record UpdateAddress(Guid Id, uint ExpectedVersion, AddressChanges Changes) : ICommand<AddressView>;

internal sealed class UpdateAddressValidator : AbstractValidator<UpdateAddress>
{
    public UpdateAddressValidator(RegistryDbContext db) =>
        RuleFor(c => c.Changes).NotNull().SetValidator(new AddressFieldsValidator(db)).OverridePropertyName("");
}

internal sealed class UpdateAddressHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UpdateAddress, AddressView>
{
    public async Task<AddressView> Handle(UpdateAddress request, CancellationToken ct)
    {
        var address = user.EnsureVisible(await db.Addresses.FirstOrDefaultAsync(a => a.Id == request.Id, ct), "地址");
        EntityTags.EnsureCurrent(request.ExpectedVersion, address.Version, "地址");
        var placement = Placement.Of(request.Changes.RegionCode, request.Changes.GridCode);
        user.EnsureWithinJurisdiction(placement.ScopeCode, "地址");
        (address.FullText, address.Region, address.Grid, address.ScopeCode, address.UpdatedAt) =
            (request.Changes.FullText!.Trim(), placement.Region, placement.Grid, placement.ScopeCode, clock.GetUtcNow());

        // Houses follow their address into its new scope.
        await db.Houses.Where(h => h.AddressId == address.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.ScopeCode, placement.ScopeCode), ct);
        await db.SaveChangesAsync(ct);
        return AddressView.From(address);
    }
}

internal static class UpdateAddressEndpoint
{
    public static void Map(IEndpointRouteBuilder addresses) =>
        addresses.MapPut("{id:guid}", (Guid id, AddressChanges b, IMediator m, HttpContext h, CancellationToken ct) =>
                PlaceEndpoints.Ok(h, m.Send(new UpdateAddress(id, EntityTags.Required(h.Request), b), ct), a => a.Version))
            .Write()
            .WithSummary("修改标准地址（需 If-Match）");
}
