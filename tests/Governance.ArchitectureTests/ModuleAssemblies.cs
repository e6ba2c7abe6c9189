using System.Reflection;

namespace Governance.ArchitectureTests;

/// <summary>The module plugin and Contracts assemblies this test project was built with.</summary>
internal static class ModuleAssemblies
{
    private static readonly string[] Prefixes = ["Governance.Modules.", "Governance.TestPlugins."];

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
}
