namespace Governance.Host.Database;

/// <summary>A process outside this one's session that runs a command and deletes a folder when this process is gone.</summary>
internal static class ExitWatcher
{
    // Arguments arrive as $1 (process id), $2 (folder) and the rest (command), so no value is ever parsed by the shell.
    private const string Script = """
        exec </dev/null >/dev/null 2>&1
        pid=$1; folder=$2; shift 2
        while kill -0 "$pid"; do sleep 0.2; done
        "$@"
        rm -rf "$folder"
        """;

    public static async Task StartAsync(int processId, string folder, IReadOnlyList<string> command)
    {
        // setsid -f forks into a new session, so killing this process (or its tree) does not kill the watcher.
        var result = await CommandRunner.RunAsync(
            ClusterCommands.Resolve("setsid"),
            ["-f", ClusterCommands.Resolve("sh"), "-c", Script, "sh", processId.ToString(), folder, .. command],
            TimeSpan.FromSeconds(10),
            CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new EmbeddedPostgresException($"Could not start the exit watcher for '{folder}': {result.Output}");
        }
    }
}
