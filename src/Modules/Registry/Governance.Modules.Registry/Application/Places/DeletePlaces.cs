using Governance.SharedKernel.Http;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Registry.Application.Places;

/// <summary>Deletes an address no house or unit refers to (422 otherwise).</summary>
internal sealed record DeleteAddress(Guid Id, uint ExpectedVersion) : ICommand<Unit>;

internal sealed record DeleteHouse(Guid Id, uint ExpectedVersion) : ICommand<Unit>;

internal sealed record DeleteOrganisation(Guid Id, uint ExpectedVersion) : ICommand<Unit>;

internal sealed class DeletePlaceHandlers(RegistryDbContext db, ICurrentUser user) :
    IRequestHandler<DeleteAddress, Unit>,
    IRequestHandler<DeleteHouse, Unit>,
    IRequestHandler<DeleteOrganisation, Unit>
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

    public async Task<Unit> Handle(DeleteHouse request, CancellationToken ct)
    {
        var house = user.EnsureVisible(await db.Houses.FirstOrDefaultAsync(h => h.Id == request.Id, ct), "房屋");
        EntityTags.EnsureCurrent(request.ExpectedVersion, house.Version, "房屋");
        db.Houses.Remove(house);
        return Unit.Value;
    }

    public async Task<Unit> Handle(DeleteOrganisation request, CancellationToken ct)
    {
        var organisation = user.EnsureVisible(await db.Organisations.FirstOrDefaultAsync(o => o.Id == request.Id, ct), "单位");
        EntityTags.EnsureCurrent(request.ExpectedVersion, organisation.Version, "单位");
        db.Organisations.Remove(organisation);
        return Unit.Value;
    }
}
