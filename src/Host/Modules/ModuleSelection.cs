using Governance.Platform.Abstractions;
using Governance.SharedKernel.Modules;
using NuGet.Versioning;

namespace Governance.Host.Modules;

/// <summary>
/// Decides which installed modules load and in what order: the enabled ones plus required ones, checked against the
/// host version and each other's version ranges, ordered so that every module comes after what it depends on.
/// </summary>
public static class ModuleSelection
{
    public static IReadOnlyList<DiscoveredPlugin> Resolve(
        PluginCatalog catalog, IReadOnlyList<string>? enabledIds, NuGetVersion hostVersion)
    {
        var enabled = SelectEnabled(catalog, enabledIds);
        foreach (var plugin in enabled)
        {
            CheckHostVersion(plugin, hostVersion);
            CheckDependencies(plugin, catalog, enabled);
        }

        return TopologicalOrder(enabled);
    }

    private static List<DiscoveredPlugin> SelectEnabled(PluginCatalog catalog, IReadOnlyList<string>? enabledIds)
    {
        if (enabledIds is null)
        {
            return [.. catalog.Plugins];
        }

        foreach (var id in enabledIds.Where(id => catalog.Find(id) is null))
        {
            var installed = catalog.Plugins.Count == 0 ? "none" : string.Join(", ", catalog.Plugins.Select(p => p.Id));
            throw new ModuleStartupException(id,
                $"listed in {EnabledModulesSetting.Key} but not installed in {catalog.Root} (installed: {installed}). " +
                "Install the plugin or remove it from the setting.");
        }

        return catalog.Plugins.Where(p => p.Manifest.Required || enabledIds.Contains(p.Id)).ToList();
    }

    private static void CheckHostVersion(DiscoveredPlugin plugin, NuGetVersion hostVersion)
    {
        var range = ParseRange(plugin, plugin.Manifest.HostVersion, "hostVersion");
        if (!range.Satisfies(hostVersion))
        {
            throw new ModuleStartupException(plugin.Id,
                $"needs host version {range.PrettyPrint()} but this host is {hostVersion}. " +
                "Install a version of the module built for this host, or upgrade the host.");
        }
    }

    private static void CheckDependencies(
        DiscoveredPlugin plugin, PluginCatalog catalog, IReadOnlyList<DiscoveredPlugin> enabled)
    {
        foreach (var dependency in plugin.Manifest.DependsOn.Where(d => d.Kind == DependencyKind.Required))
        {
            var range = ParseRange(plugin, dependency.Version, $"dependsOn {dependency.Id}");
            var target = enabled.FirstOrDefault(p => p.Id == dependency.Id);
            if (target is null)
            {
                var fix = catalog.Find(dependency.Id) is null
                    ? $"install {dependency.Id} into {catalog.Root}"
                    : $"add {dependency.Id} to {EnabledModulesSetting.Key}";
                throw new ModuleStartupException(plugin.Id,
                    $"requires module {dependency.Id} {range.PrettyPrint()}, which is not enabled. Either {fix}, " +
                    $"or remove {plugin.Id} from {EnabledModulesSetting.Key}.");
            }

            if (!range.Satisfies(NuGetVersion.Parse(target.Manifest.Version)))
            {
                throw new ModuleStartupException(plugin.Id,
                    $"requires module {dependency.Id} {range.PrettyPrint()} but version {target.Manifest.Version} " +
                    "is installed. Install a matching version of either module.");
            }
        }
    }

    private static VersionRange ParseRange(DiscoveredPlugin plugin, string text, string field) =>
        VersionRange.TryParse(text, out var range)
            ? range
            : throw new ModuleStartupException(plugin.Id,
                $"{field} '{text}' in {ModuleManifest.FileName} is not a version range such as [1.0,2.0).");

    private static IReadOnlyList<DiscoveredPlugin> TopologicalOrder(IReadOnlyList<DiscoveredPlugin> enabled)
    {
        var ordered = new List<DiscoveredPlugin>();
        var state = new Dictionary<string, bool>(); // false = being visited, true = done
        foreach (var plugin in enabled)
        {
            Visit(plugin, []);
        }

        return ordered;

        void Visit(DiscoveredPlugin plugin, List<string> path)
        {
            if (state.TryGetValue(plugin.Id, out var done))
            {
                if (!done)
                {
                    var cycle = path.SkipWhile(id => id != plugin.Id).Append(plugin.Id);
                    throw new ModuleStartupException(plugin.Id,
                        $"is part of a dependency cycle ({string.Join(" → ", cycle)}). " +
                        "Modules must not depend on each other in a circle; make one dependency optional or remove it.");
                }

                return;
            }

            state[plugin.Id] = false;
            path.Add(plugin.Id);
            foreach (var dependency in plugin.Manifest.DependsOn)
            {
                if (enabled.FirstOrDefault(p => p.Id == dependency.Id) is { } target)
                {
                    Visit(target, path);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[plugin.Id] = true;
            ordered.Add(plugin);
        }
    }
}
