using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Http;

namespace Governance.Modules.Registry.Application.Places;

internal sealed record DeleteHouse(Guid Id, uint ExpectedVersion) : ICommand<Unit>, IAuditedCommand
{
    string? IAuditedCommand.AuditRecordType => "house";

    string? IAuditedCommand.AuditRecordId => Id.ToString();
}

internal sealed class DeleteHouseHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<DeleteHouse, Unit>
{
    public async Task<Unit> Handle(DeleteHouse request, CancellationToken ct)
    {
        var house = user.EnsureVisible(await db.Houses.FirstOrDefaultAsync(h => h.Id == request.Id, ct), "房屋");
        EntityTags.EnsureCurrent(request.ExpectedVersion, house.Version, "房屋");
        db.Houses.Remove(house);
        return Unit.Value;
    }
}

internal static class DeleteHouseEndpoint
{
    public static void Map(IEndpointRouteBuilder houses) =>
        houses.MapDelete("{id:guid}", (Guid id, IMediator m, HttpContext h, CancellationToken ct) =>
                PlaceEndpoints.NoContent(m.Send(new DeleteHouse(id, EntityTags.Required(h.Request)), ct)))
            .Write()
            .WithSummary("删除房屋（需 If-Match）");
}
