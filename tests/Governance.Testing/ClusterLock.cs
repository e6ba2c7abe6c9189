namespace Governance.Testing;

/// <summary>
/// An exclusive lock on a file between processes: .NET takes flock(2) for <see cref="FileShare.None"/>, the same lock the
/// <c>flock</c> command of the <see cref="ClusterWatcher"/> takes.
/// </summary>
internal static class ClusterLock
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static async Task<IDisposable> TakeAsync(string path)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }
}
