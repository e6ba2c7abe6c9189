using System.Security.Cryptography;

namespace Governance.Host.Database;

/// <summary>
/// The data directory plus the password file and server log kept beside it, outside the data directory,
/// so initdb finds an empty folder.
/// </summary>
internal sealed record ClusterFiles(string DataDirectory)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static ClusterFiles For(string dataDirectory) =>
        new(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory)));

    public string PasswordFile => DataDirectory + ".password";

    public string LogFile => DataDirectory + ".log";

    public bool IsInitialized => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    /// <summary>The port in postmaster.pid (its fourth line), or null when no server holds the cluster.</summary>
    public int? RunningServerPort()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        try
        {
            var lines = File.ReadAllLines(pidFile);
            return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public string CreatePassword()
    {
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var writer = new StreamWriter(PasswordFile, options))
        {
            writer.Write(password);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PasswordFile, OwnerOnly);
        }

        return password;
    }

    public string ReadPassword() => File.Exists(PasswordFile)
        ? File.ReadAllText(PasswordFile).Trim()
        : throw new EmbeddedPostgresException(
            $"The cluster in '{DataDirectory}' exists but its password file '{PasswordFile}' is missing; " +
            "restore that file or delete the data directory to start afresh.");

    public void EnsureLogFile()
    {
        if (!File.Exists(LogFile))
        {
            File.WriteAllText(LogFile, "");
        }
    }

    public string LogSince(long offset)
    {
        using var log = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        log.Seek(Math.Min(offset, log.Length), SeekOrigin.Begin);
        return new StreamReader(log).ReadToEnd();
    }

    public string LogTail(int lineCount) => File.Exists(LogFile)
        ? string.Join('\n', File.ReadLines(LogFile).TakeLast(lineCount))
        : "(no server log)";

    /// <summary>Creates the data directory and any missing parents, readable and traversable by others.</summary>
    public void CreateDataDirectory()
    {
        var missing = new List<string>();
        for (var directory = DataDirectory; directory is not null && !Directory.Exists(directory);
             directory = Path.GetDirectoryName(directory))
        {
            missing.Add(directory);
        }

        Directory.CreateDirectory(DataDirectory);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // A restrictive umask would otherwise lock the postgres system user out of the parents.
        foreach (var directory in missing.Skip(1))
        {
            File.SetUnixFileMode(directory, File.GetUnixFileMode(directory)
                | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        File.SetUnixFileMode(DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
