using System.Reflection;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Modules;

namespace Governance.Host.Modules;

/// <summary>Loads a plugin into its own load context and creates its one <see cref="IModule"/>.</summary>
public sealed class PluginLoader(SharedAssemblies shared)
{
    public LoadedModule Load(DiscoveredPlugin plugin)
    {
        RefuseSharedCopies(plugin);
        if (!File.Exists(plugin.AssemblyPath))
        {
            throw new ModuleStartupException(plugin.Id,
                $"its assembly {plugin.AssemblyPath} named in {ModuleManifest.FileName} is missing. Reinstall the plugin.");
        }

        var context = new ModuleLoadContext(plugin.Id, plugin.AssemblyPath, shared);
        Assembly assembly;
        Type[] types;
        try
        {
            assembly = context.LoadFromAssemblyPath(Path.GetFullPath(plugin.AssemblyPath));
            types = assembly.GetTypes();
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or ReflectionTypeLoadException)
        {
            throw new ModuleStartupException(plugin.Id,
                $"its assembly could not be loaded ({ex.Message}). Rebuild it against this host's SharedKernel.", ex);
        }

        var module = CreateModule(plugin, types);
        if (module.Id != plugin.Id)
        {
            throw new ModuleStartupException(plugin.Id,
                $"{ModuleManifest.FileName} says id '{plugin.Id}' but {module.GetType().FullName}.Id is '{module.Id}'. " +
                "They must be equal; fix the manifest or the class.");
        }

        return new LoadedModule(plugin, assembly, module);
    }

    private void RefuseSharedCopies(DiscoveredPlugin plugin)
    {
        var copies = Directory.EnumerateFiles(plugin.Folder, "*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(shared.IsShared)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (copies.Count > 0)
        {
            throw new ModuleStartupException(plugin.Id,
                $"its folder {plugin.Folder} carries its own copy of {string.Join(", ", copies.Select(c => c + ".dll"))}, " +
                "which the host already provides; a second copy breaks type identity between host and module. " +
                "Delete those files (the host's build packages modules without them).");
        }
    }

    private static IModule CreateModule(DiscoveredPlugin plugin, Type[] types)
    {
        var moduleTypes = types
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IModule).IsAssignableFrom(t))
            .ToList();
        if (moduleTypes.Count != 1)
        {
            var found = moduleTypes.Count == 0 ? "none" : string.Join(", ", moduleTypes.Select(t => t.FullName));
            throw new ModuleStartupException(plugin.Id,
                $"its assembly must contain exactly one class implementing IModule, found {found}. " +
                "Keep one module class per plugin.");
        }

        try
        {
            return (IModule)Activator.CreateInstance(moduleTypes[0])!;
        }
        catch (Exception ex) when (ex is MissingMethodException or TargetInvocationException)
        {
            throw new ModuleStartupException(plugin.Id,
                $"{moduleTypes[0].FullName} could not be created ({ex.Message}). Give it a public parameterless constructor.", ex);
        }
    }
}
