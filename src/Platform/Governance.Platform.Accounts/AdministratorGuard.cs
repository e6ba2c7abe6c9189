using Governance.Platform.Accounts.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts;

/// <summary>Keeps the platform administrable: no change may leave it without an enabled account holding platform.admin.</summary>
internal static class AdministratorGuard
{
    /// <summary>
    /// Saves the pending changes inside the command's transaction and refuses them (422, rolled back) when there was an
    /// enabled administrator before and there is none after.
    /// </summary>
    public static async Task SaveKeepingAnAdministratorAsync(this PlatformDbContext db, CancellationToken cancellationToken)
    {
        var before = await CountAdministratorsAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (before > 0 && await CountAdministratorsAsync(db, cancellationToken) == 0)
        {
            throw new BusinessRuleException(
                $"此操作后将没有任何可用账号拥有 {PlatformPermissions.Administer} 权限，平台将无法再管理。请先为另一账号分配系统管理员角色。");
        }
    }

    private static Task<int> CountAdministratorsAsync(PlatformDbContext db, CancellationToken cancellationToken) =>
        db.Users.CountAsync(
            u => !u.Disabled && u.Roles.Any(r => r.Permissions.Contains(PlatformPermissions.Administer)), cancellationToken);
}
