using System.Linq.Expressions;
using Governance.Platform.Accounts.Model;

namespace Governance.Platform.Accounts.Users;

/// <summary>An account as administrators see it (never its password hash).</summary>
public sealed record UserView(
    Guid Id, string UserName, string DisplayName, string Department, string? Jurisdiction, IReadOnlyList<string> Roles,
    bool Disabled, bool MustChangePassword, bool SecondFactorEnabled, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt,
    uint Version)
{
    internal static readonly Expression<Func<UserAccount, UserView>> FromAccount = u => new UserView(
        u.Id, u.UserName, u.DisplayName, u.DepartmentCode, u.Jurisdiction, u.Roles.Select(r => r.Code).OrderBy(c => c).ToList(),
        u.Disabled, u.MustChangePassword, u.SecondFactorEnabled, u.LockedUntil, u.CreatedAt, u.Version);
}
