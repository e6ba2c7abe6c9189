using System.Text.Json.Nodes;

namespace Governance.Testing;

/// <summary>
/// A throw-away plugins folder holding copies of chosen test plugins (packaged by the test project's build into
/// <c>test-plugins/</c>, outside every project reference), which a test may then break on purpose.
/// </summary>
public sealed class TestPluginsFolder : IDisposable
{
    public static readonly string Packaged = System.IO.Path.Combine(AppContext.BaseDirectory, "test-plugins");

    private TestPluginsFolder(string path) => Path = path;

    public string Path { get; }

    public static TestPluginsFolder With(params string[] pluginIds)
    {
        var folder = new TestPluginsFolder(Directory.CreateTempSubdirectory("governance-plugins-").FullName);
        CopyDirectory(System.IO.Path.Combine(Packaged, "contracts"), System.IO.Path.Combine(folder.Path, "contracts"));
        foreach (var id in pluginIds)
        {
            folder.Install(id, id);
        }

        return folder;
    }

    /// <summary>Copies the packaged plugin <paramref name="id"/> into the folder <paramref name="folderName"/>.</summary>
    public string Install(string id, string folderName)
    {
        var target = System.IO.Path.Combine(Path, folderName);
        CopyDirectory(System.IO.Path.Combine(Packaged, id), target);
        return target;
    }

    /// <summary>Rewrites a plugin's module.json.</summary>
    public void EditManifest(string folderName, Action<JsonObject> edit)
    {
        var file = System.IO.Path.Combine(Path, folderName, "module.json");
        var manifest = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        edit(manifest);
        File.WriteAllText(file, manifest.ToJsonString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A plugin assembly may still be mapped by a load context; the temp folder is cleaned by the OS later.
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
