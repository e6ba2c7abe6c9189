using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Http;

namespace Governance.Modules.Registry.Application.Places;

/// <summary>Deletes an address no house or unit refers to (422 otherwise).</summary>
internal sealed record DeleteAddress(Guid Id, uint ExpectedVersion) : ICommand<Unit>, IAuditedCommand
{
    string? IAuditedCommand.AuditRecordType => "address";

    string? IAuditedCommand.AuditRecordId => Id.ToString();
}

internal sealed class DeleteAddressHandler(RegistryDbContext db, ICurrentUser user) : IRequestHandler<DeleteAddress, Unit>
{
    public async Task<Unit> Handle(DeleteAddress request, CancellationToken ct)
    {
        var address = user.EnsureVisible(await db.Addresses.FirstOrDefaultAsync(a => a.Id == request.Id, ct), "地址");
        EntityTags.EnsureCurrent(request.ExpectedVersion, address.Version, "地址");
        var users = await db.Houses.CountAsync(h => h.AddressId == address.Id, ct)
                    + await db.Organisations.CountAsync(o => o.AddressId == address.Id, ct);
        if (users > 0)
        {
            throw new BusinessRuleException($"地址 {address.Code} 仍有 {users} 处房屋或单位使用，不能删除。",
                new Dictionary<string, object?> { ["references"] = users });
        }

        db.Addresses.Remove(address);
        return Unit.Value;
    }
}

internal static class DeleteAddressEndpoint
{
    public static void Map(IEndpointRouteBuilder addresses) =>
        addresses.MapDelete("{id:guid}", (Guid id, IMediator m, HttpContext h, CancellationToken ct) =>
                PlaceEndpoints.NoContent(m.Send(new DeleteAddress(id, EntityTags.Required(h.Request)), ct)))
            .Write()
            .WithSummary("删除未使用的标准地址（需 If-Match）");
}
