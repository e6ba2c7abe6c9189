namespace Governance.Testing;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory(string prefix = "governance")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
        if (!OperatingSystem.IsWindows())
        {
            // Traversable by others: under root, PostgreSQL runs as the postgres system user and must get in.
            File.SetUnixFileMode(Path, File.GetUnixFileMode(Path) | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);
        }
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
