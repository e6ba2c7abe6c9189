namespace Governance.Modules.Registry.Application.Places;

internal sealed record GetOrganisation(Guid Id) : IQuery<OrganisationView>;

internal sealed class GetOrganisationHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<GetOrganisation, OrganisationView>
{
    public async Task<OrganisationView> Handle(GetOrganisation request, CancellationToken ct) =>
        OrganisationView.From(user.EnsureVisible(await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.Id, ct), "单位"));
}

internal static class GetOrganisationEndpoint
{
    public static void Map(IEndpointRouteBuilder organisations) =>
        organisations.MapGet("{id:guid}", (Guid id, IMediator m, HttpContext h, CancellationToken ct) =>
                PlaceEndpoints.Ok(h, m.Send(new GetOrganisation(id), ct), o => o.Version))
            .Read()
            .WithSummary("单位详情");
}
