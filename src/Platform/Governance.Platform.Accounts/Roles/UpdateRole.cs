using Governance.SharedKernel.Http;
using FluentValidation;
using Governance.Platform.Accounts.Access;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Permissions;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Roles;

/// <summary>
/// Renames a role, changes its permissions or whether it requires a second factor; when the permissions change or the
/// second factor becomes required, its holders must sign in again.
/// </summary>
internal sealed record UpdateRole(
    string Code, uint? ExpectedVersion, string Name, IReadOnlyList<string>? Permissions, bool RequiresSecondFactor)
    : ICommand<Unit>, IRoleDefinition;

internal sealed class UpdateRoleValidator : AbstractValidator<UpdateRole>
{
    public UpdateRoleValidator(PermissionCatalog catalog) => this.AddRoleRules(catalog);
}

internal sealed class UpdateRoleHandler(PlatformDbContext db, AccountStatusCache statuses) : IRequestHandler<UpdateRole, Unit>
{
    public async Task<Unit> Handle(UpdateRole command, CancellationToken cancellationToken)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Code == command.Code, cancellationToken)
            ?? throw new NotFoundException($"角色 {command.Code} 不存在");
        EntityTags.EnsureCurrent(command.ExpectedVersion, role.Version, $"角色 {role.Code} ");
        var permissions = RoleRules.Normalized(command.Permissions);
        var changed = !permissions.SequenceEqual(role.Permissions) || (command.RequiresSecondFactor && !role.RequiresSecondFactor);
        role.Name = command.Name.Trim();
        role.Permissions = permissions;
        role.RequiresSecondFactor = command.RequiresSecondFactor;
        await db.SaveKeepingAnAdministratorAsync(cancellationToken);
        if (changed)
        {
            await EndSessionsOfHoldersAsync(role.Code, cancellationToken);
        }

        return Unit.Value;
    }

    private async Task EndSessionsOfHoldersAsync(string roleCode, CancellationToken cancellationToken)
    {
        var holders = db.Users.Where(u => u.Roles.Any(r => r.Code == roleCode));
        var ids = await holders.Select(u => u.Id).ToListAsync(cancellationToken);
        var stamp = Guid.NewGuid();
        await holders.ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, stamp), cancellationToken);
        ids.ForEach(statuses.Forget);
    }
}
