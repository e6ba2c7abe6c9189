using System.Reflection;

namespace Governance.ArchitectureTests;

/// <summary>The module plugin and Contracts assemblies this test project was built with.</summary>
internal static class ModuleAssemblies
{
    private const string ModulePrefix = "Governance.Modules.";

    private static readonly string[] Prefixes = [ModulePrefix, "Governance.TestPlugins."];

    public static IReadOnlyList<Assembly> All { get; } = Directory
        .EnumerateFiles(AppContext.BaseDirectory, "Governance.*.dll")
        .Select(Path.GetFileNameWithoutExtension)
        .OfType<string>()
        .Where(name => Prefixes.Any(name.StartsWith))
        .Order(StringComparer.Ordinal)
        .Select(name => Assembly.Load(name))
        .ToList();

    public static IReadOnlyList<Assembly> Plugins { get; } = All.Where(a => !IsContracts(a.GetName())).ToList();

    public static IReadOnlyList<Assembly> Contracts { get; } = All.Where(a => IsContracts(a.GetName())).ToList();

    public static bool IsContracts(AssemblyName name) => name.Name!.EndsWith(".Contracts", StringComparison.Ordinal);

    public static bool IsModuleOrContracts(AssemblyName name) => Prefixes.Any(p => name.Name!.StartsWith(p, StringComparison.Ordinal));

    public static TheoryData<string> PluginNames() => new(Plugins.Select(a => a.GetName().Name!));

    public static TheoryData<string> ContractsNames() => new(Contracts.Select(a => a.GetName().Name!));

    public static Assembly Named(string name) => All.Single(a => a.GetName().Name == name);

    /// <summary>The ids of the real modules (not the test plugins): <c>Registry</c> for Governance.Modules.Registry.</summary>
    public static IReadOnlyList<string> ModuleIds { get; } = Plugins.Select(a => a.GetName().Name!)
        .Where(name => name.StartsWith(ModulePrefix, StringComparison.Ordinal))
        .Select(name => name[ModulePrefix.Length..])
        .ToList();

    /// <summary>A module's plugin assembly and its Contracts assembly.</summary>
    public static IReadOnlyList<Assembly> OfModule(string id) =>
        All.Where(a => a.GetName().Name is { } name && (name == ModulePrefix + id || name == $"{ModulePrefix}{id}.Contracts")).ToList();
}
