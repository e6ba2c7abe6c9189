using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Governance.Host;
using Governance.SharedKernel.Modules;

namespace Governance.Testing;

/// <summary>
/// Names what a first start of the host writes into an empty database: the content of the plugins folder and of the
/// host's own and the platform's assemblies (their migrations and seeders), and the settings that change the seeding. Two test projects
/// packaging the same plugins get the same key, whatever the folder is called.
/// </summary>
public static class TemplateKey
{
    private static readonly ConcurrentDictionary<string, byte[]> FolderHashes = new();

    // The platform's migrations and seeders (accounts, roles …) live in the Governance.Platform.* assemblies beside the host's.
    private static readonly Lazy<byte[]> HostHash = new(() => HashFiles(
        [typeof(GovernanceApplication).Assembly.Location, typeof(IModule).Assembly.Location,
         .. Directory.EnumerateFiles(Path.GetDirectoryName(typeof(GovernanceApplication).Assembly.Location)!, "Governance.Platform*.dll")
             .Order(StringComparer.Ordinal)]));

    public static string For(string pluginsPath, IReadOnlyDictionary<string, string?> seedSettings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(HostHash.Value);
        hash.AppendData(FolderHashes.GetOrAdd(Path.GetFullPath(pluginsPath), HashFolder));
        foreach (var (name, value) in seedSettings.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\n{name}={value}"));
        }

        return Convert.ToHexString(hash.GetHashAndReset(), 0, 16).ToLowerInvariant();
    }

    private static byte[] HashFolder(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(folder, f))
                     .Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\n{file}\n"));
            hash.AppendData(HashFiles([Path.Combine(folder, file)]));
        }

        return hash.GetHashAndReset();
    }

    private static byte[] HashFiles(IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(File.ReadAllBytes(file));
        }

        return hash.GetHashAndReset();
    }
}
