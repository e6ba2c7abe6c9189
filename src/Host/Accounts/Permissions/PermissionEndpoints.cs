using Governance.Host.Modules;

namespace Governance.Host.Accounts.Permissions;

/// <summary>What a role may grant: every permission, and a <c>ModuleId:*</c> entry per loaded module.</summary>
public sealed record PermissionList(IReadOnlyList<PermissionInfo> Permissions, IReadOnlyList<string> ModuleWildcards);

internal static class PermissionEndpoints
{
    public static void MapPermissionEndpoints(this IEndpointRouteBuilder platform) =>
        platform.MapGet("permissions", (PermissionCatalog catalog, ModuleRuntime runtime) => new PermissionList(
                catalog.All, runtime.Modules.Select(m => m.Id + PermissionCatalog.ModuleWildcardSuffix).ToList()))
            .WithTags("角色 Roles")
            .WithSummary("权限 Every permission of the platform and the loaded modules, for roles");
}
