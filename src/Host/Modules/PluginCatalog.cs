using Governance.Platform.Abstractions;
using Governance.SharedKernel.Modules;

namespace Governance.Host.Modules;

/// <summary>Everything installed in the plugins folder: module folders (each with a module.json) and <c>contracts/</c>.</summary>
public sealed class PluginCatalog
{
    public const string ContractsFolderName = "contracts";

    private PluginCatalog(string root, IReadOnlyList<DiscoveredPlugin> plugins)
    {
        Root = root;
        Plugins = plugins;
    }

    public string Root { get; }

    public IReadOnlyList<DiscoveredPlugin> Plugins { get; }

    public string ContractsFolder => Path.Combine(Root, ContractsFolderName);

    public DiscoveredPlugin? Find(string id) => Plugins.FirstOrDefault(p => p.Id == id);

    public static PluginCatalog Discover(string root)
    {
        if (!Directory.Exists(root))
        {
            return new PluginCatalog(root, []);
        }

        var plugins = new List<DiscoveredPlugin>();
        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var manifestPath = Path.Combine(folder, ModuleManifest.FileName);
            if (Path.GetFileName(folder) == ContractsFolderName || !File.Exists(manifestPath))
            {
                continue;
            }

            var manifest = ReadManifest(manifestPath);
            if (plugins.FirstOrDefault(p => p.Id == manifest.Id) is { } first)
            {
                throw new ModuleStartupException(manifest.Id,
                    $"installed twice, in {first.Folder} and in {folder}. Remove one of the two folders.");
            }

            plugins.Add(new DiscoveredPlugin(folder, manifest));
        }

        return new PluginCatalog(root, plugins);
    }

    private static ModuleManifest ReadManifest(string path)
    {
        try
        {
            return ModuleManifest.Parse(File.ReadAllText(path), path);
        }
        catch (InvalidDataException ex)
        {
            var folderName = Path.GetFileName(Path.GetDirectoryName(path)) ?? path;
            throw new ModuleStartupException(folderName, $"{ex.Message} Fix or reinstall the plugin.", ex);
        }
    }
}
