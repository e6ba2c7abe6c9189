using System.Reflection;
using Governance.Host.Platform;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Modules;

namespace Governance.Host.Modules;

/// <summary>The modules this host runs, in dependency order, and which DbContext each assembly owns.</summary>
public sealed class ModuleRuntime(PluginCatalog catalog, IReadOnlyList<LoadedModule> modules) : IModuleDbContextLocator, IEnabledModules
{
    private static readonly Assembly HostAssembly = typeof(ModuleRuntime).Assembly;

    public PluginCatalog Catalog { get; } = catalog;

    public IReadOnlyList<LoadedModule> Modules { get; } = modules;

    /// <summary>Every context to migrate, platform first, then each module's in dependency order.</summary>
    public IEnumerable<(string Owner, Type ContextType)> MigratedContexts =>
        Modules.SelectMany(m => m.Module.DbContextTypes.Select(t => (m.Id, t)))
            .Prepend(("platform", typeof(PlatformDbContext)));

    /// <summary>Every context holding an outbox: the platform's and each module's primary one.</summary>
    public IEnumerable<Type> OutboxContexts =>
        Modules.Select(m => m.PrimaryDbContextType).OfType<Type>().Prepend(typeof(PlatformDbContext));

    public Type? ContextTypeFor(Type type)
    {
        if (type.Assembly == HostAssembly)
        {
            return typeof(PlatformDbContext);
        }

        return Modules.FirstOrDefault(m => m.Assembly == type.Assembly)?.PrimaryDbContextType;
    }

    public bool IsEnabled(string moduleId) => Modules.Any(m => string.Equals(m.Id, moduleId, StringComparison.OrdinalIgnoreCase));

    public LoadedModule? OwnerOf(Type type) => Modules.FirstOrDefault(m => m.Assembly == type.Assembly);
}
