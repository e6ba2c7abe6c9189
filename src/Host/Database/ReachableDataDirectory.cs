using System.Security.Cryptography;
using System.Text;

namespace Governance.Host.Database;

/// <summary>
/// Run as root, the embedded cluster belongs to the postgres system user, which must be able to enter its folder. A
/// repository cloned where other users cannot pass (/root, mode 700) would block it; the cluster then lives in
/// <c>/var/lib/governance/&lt;folder&gt;-&lt;hash of the wanted path&gt;</c> instead, one per clone, and the host says so.
/// </summary>
internal static class ReachableDataDirectory
{
    public const string SystemRoot = "/var/lib/governance";

    public static string For(string wanted, ILogger logger)
    {
        if (!ClusterCommands.ProcessIsRoot || OthersCanEnter(Path.GetDirectoryName(wanted)!))
        {
            return wanted;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(wanted)))[..8];
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(wanted))!) ?? "cluster";
        var moved = Path.Combine(SystemRoot, $"{folder}-{hash}", Path.GetFileName(wanted));
        logger.LogWarning(
            "The postgres system user cannot enter the folders above {Wanted}; the embedded cluster lives in {Moved} instead " +
            "(set Database:DataDirectory to a folder it can enter to choose another)", wanted, moved);
        return moved;
    }

    /// <summary>Whether every existing folder on the way to <paramref name="directory"/> lets other users pass.</summary>
    private static bool OthersCanEnter(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        for (var current = directory; current is not null; current = Path.GetDirectoryName(current))
        {
            if (Directory.Exists(current) && !File.GetUnixFileMode(current).HasFlag(UnixFileMode.OtherExecute))
            {
                return false;
            }
        }

        return true;
    }
}
