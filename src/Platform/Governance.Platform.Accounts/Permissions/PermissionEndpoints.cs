using Governance.Platform.Abstractions;

namespace Governance.Platform.Accounts.Permissions;

/// <summary>What a role may grant: every permission, and a <c>ModuleId:*</c> entry per loaded module.</summary>
public sealed record PermissionList(IReadOnlyList<PermissionInfo> Permissions, IReadOnlyList<string> ModuleWildcards);

internal static class PermissionEndpoints
{
    public static void MapPermissionEndpoints(this IEndpointRouteBuilder platform) =>
        platform.MapGet("permissions", (PermissionCatalog catalog, ILoadedModules modules) => new PermissionList(
                catalog.All, modules.Manifests.Select(m => m.Id + PermissionCatalog.ModuleWildcardSuffix).ToList()))
            .WithTags("角色 Roles")
            .WithSummary("权限 Every permission of the platform and the loaded modules, for roles");
}
