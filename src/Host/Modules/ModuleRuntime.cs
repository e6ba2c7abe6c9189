using System.Reflection;
using Governance.Platform;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Modules;

namespace Governance.Host.Modules;

/// <summary>The modules this host runs, in dependency order, and which DbContext each assembly owns.</summary>
/// <param name="platformAssemblies">The assemblies of the platform's services, whose data lives in <see cref="PlatformDbContext"/>.</param>
public sealed class ModuleRuntime(PluginCatalog catalog, IReadOnlyList<LoadedModule> modules, IReadOnlyCollection<Assembly> platformAssemblies)
    : IModuleDbContextLocator, IEnabledModules, ILoadedModules
{
    private readonly IReadOnlyList<ModuleManifest> _manifests = modules.Select(m => m.Manifest).ToList();

    public PluginCatalog Catalog { get; } = catalog;

    public IReadOnlyList<LoadedModule> Modules { get; } = modules;

    /// <summary>Every context to migrate, platform first, then each module's in dependency order.</summary>
    public IEnumerable<(string Owner, Type ContextType)> MigratedContexts =>
        Modules.SelectMany(m => m.Module.DbContextTypes.Select(t => (m.Id, t)))
            .Prepend((PlatformNames.Id, typeof(PlatformDbContext)));

    /// <summary>Every context holding an outbox: the platform's and each module's primary one.</summary>
    public IEnumerable<Type> OutboxContexts =>
        Modules.Select(m => m.PrimaryDbContextType).OfType<Type>().Prepend(typeof(PlatformDbContext));

    IReadOnlyList<ModuleManifest> ILoadedModules.Manifests => _manifests;

    public Type? ContextTypeFor(Type type) =>
        IsPlatform(type) ? typeof(PlatformDbContext) : OwnerOf(type)?.PrimaryDbContextType;

    public bool IsEnabled(string moduleId) => Modules.Any(m => string.Equals(m.Id, moduleId, StringComparison.OrdinalIgnoreCase));

    public LoadedModule? OwnerOf(Type type) => Modules.FirstOrDefault(m => m.Assembly == type.Assembly);

    string? ILoadedModules.OwnerOf(Type type) => IsPlatform(type) ? PlatformNames.Id : OwnerOf(type)?.Id;

    string? ILoadedModules.OwnerOfPath(string path) =>
        Modules.FirstOrDefault(m => path.StartsWith(m.RoutePrefix + "/", StringComparison.OrdinalIgnoreCase)
            || path.Equals(m.RoutePrefix, StringComparison.OrdinalIgnoreCase))?.Id;

    private bool IsPlatform(Type type) => platformAssemblies.Contains(type.Assembly);
}
