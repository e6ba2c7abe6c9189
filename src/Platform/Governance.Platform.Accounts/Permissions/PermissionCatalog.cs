using Governance.Platform.Abstractions;
using Governance.SharedKernel.Security;

namespace Governance.Platform.Accounts.Permissions;

/// <summary>A permission a role may grant: the platform's own or one a loaded module declares.</summary>
/// <param name="Source"><c>platform</c> or the id of the module that declares it.</param>
public sealed record PermissionInfo(string Name, string DisplayName, string Source);

/// <summary>Every permission that exists in this installation, and the expansion of roles' entries into permissions.</summary>
internal sealed class PermissionCatalog
{
    /// <summary>A role entry <c>Petitions:*</c> grants every permission module Petitions declares.</summary>
    public const string ModuleWildcardSuffix = ":*";

    private static readonly PermissionInfo[] PlatformPermissionList =
    [
        new(PlatformPermissions.Administer, "平台管理：用户、角色、部门与模块开通", PlatformNames.Id),
        new(PlatformPermissions.ReadAudit, "查阅审计日志", PlatformNames.Id),
        new(PlatformPermissions.ViewPersonalData, "查看完整身份证号与电话号码", PlatformNames.Id),
    ];

    private readonly Dictionary<string, IReadOnlyList<string>> _byModule;
    private readonly HashSet<string> _names;

    public PermissionCatalog(ILoadedModules modules)
    {
        All = PlatformPermissionList
            .Concat(modules.Manifests.SelectMany(m => m.Permissions.Select(p => new PermissionInfo(p.Name, p.DisplayName, m.Id))))
            .ToList();
        _names = All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        _byModule = modules.Manifests.ToDictionary(
            m => m.Id, m => (IReadOnlyList<string>)m.Permissions.Select(p => p.Name).ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyList<PermissionInfo> All { get; }

    /// <summary>True for a permission that exists or a module wildcard of a loaded module.</summary>
    public bool IsKnown(string entry) =>
        _names.Contains(entry) || (ModuleOfWildcard(entry) is { } module && _byModule.ContainsKey(module));

    /// <summary>The permissions the entries of a caller's roles grant; wildcards of modules not loaded grant nothing.</summary>
    public IReadOnlySet<string> Expand(IEnumerable<string> entries)
    {
        var permissions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (ModuleOfWildcard(entry) is not { } module)
            {
                permissions.Add(entry);
            }
            else if (_byModule.TryGetValue(module, out var declared))
            {
                permissions.UnionWith(declared);
            }
        }

        return permissions;
    }

    private static string? ModuleOfWildcard(string entry) =>
        entry.EndsWith(ModuleWildcardSuffix, StringComparison.Ordinal) ? entry[..^ModuleWildcardSuffix.Length] : null;
}
