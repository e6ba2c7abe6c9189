using System.Linq.Expressions;
using Governance.Platform.Accounts.Model;

namespace Governance.Platform.Accounts.Roles;

/// <summary>A role: permission names and <c>ModuleId:*</c> entries.</summary>
public sealed record RoleView(string Code, string Name, IReadOnlyList<string> Permissions, bool RequiresSecondFactor, uint Version)
{
    internal static readonly Expression<Func<Role, RoleView>> FromRole =
        r => new RoleView(r.Code, r.Name, r.Permissions, r.RequiresSecondFactor, r.Version);
}

/// <summary>The body of <c>PUT /api/platform/roles/{code}</c>.</summary>
public sealed record RoleChange(string Name, IReadOnlyList<string>? Permissions, bool RequiresSecondFactor = false);
