using System.Reflection;
using System.Runtime.Loader;

namespace Governance.Host.Modules;

/// <summary>
/// One non-collectible load context per module: shared assemblies come from the default context, the rest from
/// the plugin's own folder as its <c>.deps.json</c> describes.
/// </summary>
internal sealed class ModuleLoadContext(string moduleId, string mainAssemblyPath, SharedAssemblies shared)
    : AssemblyLoadContext($"module:{moduleId}", isCollectible: false)
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (shared.LoadShared(assemblyName) is { } sharedAssembly)
        {
            return sharedAssembly;
        }

        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path && File.Exists(path)
            ? LoadFromAssemblyPath(path)
            : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path
            ? LoadUnmanagedDllFromPath(path)
            : IntPtr.Zero;
}
