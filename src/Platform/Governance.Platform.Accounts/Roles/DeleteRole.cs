using Governance.SharedKernel.Http;
using Governance.Platform.Accounts.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Roles;

/// <summary>Deletes a role no account holds any more (409 otherwise).</summary>
internal sealed record DeleteRole(string Code, uint? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteRoleHandler(PlatformDbContext db) : IRequestHandler<DeleteRole, Unit>
{
    public async Task<Unit> Handle(DeleteRole command, CancellationToken cancellationToken)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Code == command.Code, cancellationToken)
            ?? throw new NotFoundException($"角色 {command.Code} 不存在");
        EntityTags.EnsureCurrent(command.ExpectedVersion, role.Version, $"角色 {role.Code} ");
        var holders = await db.Users.CountAsync(u => u.Roles.Any(r => r.Code == role.Code), cancellationToken);
        if (holders > 0)
        {
            throw new ConflictException($"角色 {role.Code} 仍分配给 {holders} 个用户，请先从这些用户中移除该角色。");
        }

        db.Roles.Remove(role);
        return Unit.Value;
    }
}
