namespace Governance.Host.Database;

/// <summary>
/// Runs the PostgreSQL programs as the cluster's owner: the current user, or the postgres system user when the
/// process is root, since initdb and postgres refuse to run as root.
/// </summary>
internal sealed class ClusterCommands(string binDirectory, bool asSystemUser)
{
    public const string SystemUser = "postgres";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    public static bool ProcessIsRoot => Environment.UserName == "root";

    public Task<CommandResult> RunToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken ct) =>
        RunAsOwnerAsync(Path.Combine(binDirectory, tool), arguments, ct);

    /// <summary>Gives the cluster's files to the postgres system user; does nothing when not running as root.</summary>
    public async Task HandOverAsync(IEnumerable<string> paths, bool recursive, CancellationToken ct)
    {
        if (!asSystemUser)
        {
            return;
        }

        var arguments = (recursive ? new[] { "-R" } : []).Append($"{SystemUser}:").Concat(paths).ToList();
        var result = await CommandRunner.RunAsync(Resolve("chown"), arguments, DefaultTimeout, ct);
        if (!result.Succeeded)
        {
            throw new EmbeddedPostgresException(
                $"Could not give the cluster files to the '{SystemUser}' system user: {result.Output}");
        }
    }

    /// <summary>Fails with the blocking folder when the postgres system user cannot enter the data directory.</summary>
    public async Task EnsureReachableAsync(string dataDirectory, CancellationToken ct)
    {
        if (!asSystemUser || await CanEnterAsync(dataDirectory, ct))
        {
            return;
        }

        var blocked = dataDirectory;
        for (var directory = Path.GetDirectoryName(dataDirectory); directory is not null;
             directory = Path.GetDirectoryName(directory))
        {
            if (!await CanEnterAsync(directory, ct))
            {
                blocked = directory;
            }
        }

        throw new EmbeddedPostgresException(
            $"The '{SystemUser}' system user that runs PostgreSQL (initdb refuses root) cannot enter '{blocked}', " +
            $"so it cannot reach the data directory '{dataDirectory}': run 'chmod o+x {blocked}' " +
            "or choose a DataDirectory outside it.");
    }

    private async Task<bool> CanEnterAsync(string directory, CancellationToken ct) =>
        (await RunAsOwnerAsync(Resolve("test"), ["-x", directory], ct)).Succeeded;

    /// <summary>Program and arguments that run <paramref name="tool"/> as the cluster's owner.</summary>
    public IReadOnlyList<string> ToolCommandLine(string tool, IReadOnlyList<string> arguments) =>
        OwnerCommandLine(Path.Combine(binDirectory, tool), arguments);

    private Task<CommandResult> RunAsOwnerAsync(string program, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var commandLine = OwnerCommandLine(program, arguments);
        return CommandRunner.RunAsync(commandLine[0], commandLine.Skip(1).ToList(), DefaultTimeout, ct);
    }

    private IReadOnlyList<string> OwnerCommandLine(string program, IReadOnlyList<string> arguments) =>
        asSystemUser ? [Resolve("runuser"), "-u", SystemUser, "--", program, .. arguments] : [program, .. arguments];

    // The host's PATH may lack the sbin folders.
    public static string Resolve(string program) =>
        new[] { "/usr/sbin", "/usr/bin", "/sbin", "/bin" }
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists) ?? program;
}
