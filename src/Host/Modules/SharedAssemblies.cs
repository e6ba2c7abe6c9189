using System.Reflection;
using System.Runtime.Loader;

namespace Governance.Host.Modules;

/// <summary>
/// The assemblies every module must share with the host: the framework, the host's own dependencies
/// (SharedKernel, MediatR, EF Core, Npgsql, Autofac …) and every module's Contracts. They live in the default load
/// context only; a second copy in a plugin's context would give a second, incompatible set of types.
/// There is one instance per process because there is one default load context per process.
/// </summary>
public sealed class SharedAssemblies
{
    private readonly HashSet<string> _hostAssemblyNames;
    private readonly Dictionary<string, Assembly> _contracts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public static SharedAssemblies Instance { get; } = new();

    private SharedAssemblies()
    {
        var trustedPlatformAssemblies = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "";
        _hostAssemblyNames = trustedPlatformAssemblies
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        AssemblyLoadContext.Default.Resolving += (_, name) => FindContracts(name.Name);
    }

    public bool IsShared(string assemblyName)
    {
        lock (_lock)
        {
            return _hostAssemblyNames.Contains(assemblyName) || _contracts.ContainsKey(assemblyName);
        }
    }

    /// <summary>
    /// Loads every <c>*.Contracts.dll</c> of the contracts folder into the default context (once per name) and
    /// returns the contracts assemblies of that folder.
    /// </summary>
    public IReadOnlyList<Assembly> LoadContracts(string contractsFolder)
    {
        if (!Directory.Exists(contractsFolder))
        {
            return [];
        }

        var loaded = new List<Assembly>();
        lock (_lock)
        {
            foreach (var path in Directory.EnumerateFiles(contractsFolder, "*.dll").Order(StringComparer.Ordinal))
            {
                var name = AssemblyName.GetAssemblyName(path).Name!;
                if (!_contracts.TryGetValue(name, out var assembly))
                {
                    // A contracts assembly the host itself ships (e.g. one a test project references) is used as the host
                    // has it — never loaded twice — but its events still count as plugin contracts.
                    assembly = _hostAssemblyNames.Contains(name)
                        ? AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(name))
                        : AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(path));
                    _contracts[name] = assembly;
                }

                loaded.Add(assembly);
            }
        }

        return loaded;
    }

    /// <summary>The default context's copy of a shared assembly, or null when the plugin must bring its own.</summary>
    public Assembly? LoadShared(AssemblyName name)
    {
        if (name.Name is null || !IsShared(name.Name))
        {
            return null;
        }

        return FindContracts(name.Name) ?? AssemblyLoadContext.Default.LoadFromAssemblyName(name);
    }

    private Assembly? FindContracts(string? name)
    {
        lock (_lock)
        {
            return name is not null && _contracts.TryGetValue(name, out var assembly) ? assembly : null;
        }
    }
}
