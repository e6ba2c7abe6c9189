using System.Reflection;
using Governance.SharedKernel.Modules;

namespace Governance.Host.Modules;

/// <summary>An enabled module whose assembly is loaded and whose <see cref="IModule"/> is created.</summary>
public sealed record LoadedModule(DiscoveredPlugin Plugin, Assembly Assembly, IModule Module)
{
    public string Id => Plugin.Id;

    public ModuleManifest Manifest => Plugin.Manifest;

    public string RoutePrefix => $"/api/{ModuleNaming.ToKebabCase(Id)}";

    public string DocumentName => ModuleNaming.ToKebabCase(Id);

    /// <summary>The context holding the module's outbox and inbox, if it has any data.</summary>
    public Type? PrimaryDbContextType => Module.DbContextTypes.Count > 0 ? Module.DbContextTypes[0] : null;
}
