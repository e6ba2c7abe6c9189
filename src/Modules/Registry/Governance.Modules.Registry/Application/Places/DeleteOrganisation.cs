using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Http;

namespace Governance.Modules.Registry.Application.Places;

internal sealed record DeleteOrganisation(Guid Id, uint ExpectedVersion) : ICommand<Unit>, IAuditedCommand
{
    string? IAuditedCommand.AuditRecordType => "organisation";

    string? IAuditedCommand.AuditRecordId => Id.ToString();
}

internal sealed class DeleteOrganisationHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<DeleteOrganisation, Unit>
{
    public async Task<Unit> Handle(DeleteOrganisation request, CancellationToken ct)
    {
        var organisation = user.EnsureVisible(await db.Organisations.FirstOrDefaultAsync(o => o.Id == request.Id, ct), "单位");
        EntityTags.EnsureCurrent(request.ExpectedVersion, organisation.Version, "单位");
        db.Organisations.Remove(organisation);
        return Unit.Value;
    }
}

internal static class DeleteOrganisationEndpoint
{
    public static void Map(IEndpointRouteBuilder organisations) =>
        organisations.MapDelete("{id:guid}", (Guid id, IMediator m, HttpContext h, CancellationToken ct) =>
                PlaceEndpoints.NoContent(m.Send(new DeleteOrganisation(id, EntityTags.Required(h.Request)), ct)))
            .Write()
            .WithSummary("删除单位（需 If-Match）");
}
