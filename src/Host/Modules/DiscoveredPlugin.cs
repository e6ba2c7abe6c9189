using Governance.SharedKernel.Modules;

namespace Governance.Host.Modules;

/// <summary>A plugin folder found under <c>plugins/</c>, with its manifest read but its code not loaded.</summary>
public sealed record DiscoveredPlugin(string Folder, ModuleManifest Manifest)
{
    public string Id => Manifest.Id;

    public string AssemblyPath => Path.Combine(Folder, Manifest.Assembly);
}
