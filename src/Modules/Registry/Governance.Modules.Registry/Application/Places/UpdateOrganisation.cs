using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Http;

namespace Governance.Modules.Registry.Application.Places;

/// <summary>The body of PUT /organisations/{id}: everything but the credit code.</summary>
internal sealed record OrganisationChanges(
    string? Name, OrganisationType? Type, Guid? AddressId, string? Address, Guid? LegalRepresentativePersonId,
    string? RegionCode, string? GridCode) : IOrganisationFields;

internal sealed record UpdateOrganisation(Guid Id, uint ExpectedVersion, OrganisationChanges Changes) : ICommand<OrganisationView>;

internal sealed class UpdateOrganisationValidator : AbstractValidator<UpdateOrganisation>
{
    public UpdateOrganisationValidator(RegistryDbContext db) =>
        RuleFor(c => c.Changes).NotNull().SetValidator(new OrganisationFieldsValidator(db)).OverridePropertyName("");
}

internal sealed class UpdateOrganisationHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UpdateOrganisation, OrganisationView>
{
    public async Task<OrganisationView> Handle(UpdateOrganisation request, CancellationToken ct)
    {
        var organisation = user.EnsureVisible(await db.Organisations.FirstOrDefaultAsync(o => o.Id == request.Id, ct), "单位");
        EntityTags.EnsureCurrent(request.ExpectedVersion, organisation.Version, "单位");
        var placement = Placement.Of(request.Changes.RegionCode, request.Changes.GridCode);
        user.EnsureWithinJurisdiction(placement.ScopeCode, "单位所在地");
        organisation.Apply(request.Changes with { Type = request.Changes.Type ?? organisation.Type }, placement, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return OrganisationView.From(organisation);
    }
}

internal static class UpdateOrganisationEndpoint
{
    public static void Map(IEndpointRouteBuilder organisations) =>
        organisations.MapPut("{id:guid}", (Guid id, OrganisationChanges b, IMediator m, HttpContext h, CancellationToken ct) =>
                PlaceEndpoints.Ok(h, m.Send(new UpdateOrganisation(id, EntityTags.Required(h.Request), b), ct), o => o.Version))
            .Write()
            .WithSummary("修改单位（需 If-Match）");
}
