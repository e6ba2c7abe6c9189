using FluentValidation;
using Governance.Platform.Accounts.Permissions;

namespace Governance.Platform.Accounts.Roles;

internal interface IRoleDefinition
{
    string Name { get; }
    IReadOnlyList<string>? Permissions { get; }
}

internal static class RoleRules
{
    public static void AddRoleRules<T>(this AbstractValidator<T> validator, PermissionCatalog catalog)
        where T : IRoleDefinition
    {
        validator.RuleFor(r => r.Name).MustBeName("角色名称");
        validator.RuleFor(r => r.Permissions).MustBeKnownPermissions(catalog);
    }

    /// <summary>The entries to store: trimmed, once each, in order.</summary>
    public static List<string> Normalized(IReadOnlyList<string>? permissions) =>
        (permissions ?? []).Select(p => p.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
