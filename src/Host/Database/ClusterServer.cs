using Microsoft.Extensions.Logging;

namespace Governance.Host.Database;

/// <summary>Starts and stops the server process of a cluster through pg_ctl.</summary>
internal static class ClusterServer
{
    private const int PortAttempts = 3;

    public static async Task StopAsync(ClusterCommands commands, ClusterFiles files, CancellationToken ct)
    {
        var result = await commands.RunToolAsync(
            "pg_ctl", ["stop", "-D", files.DataDirectory, "-m", "fast", "-w", "-t", "60"], ct);
        if (!result.Succeeded && await IsRunningAsync(commands, files, ct))
        {
            throw new EmbeddedPostgresException(
                $"Could not stop the PostgreSQL server in '{files.DataDirectory}': {result.Output}");
        }
    }

    // A host that crashed leaves its server running; it holds the data directory, so stop it first.
    public static async Task StopLeftoverAsync(
        ClusterCommands commands, ClusterFiles files, ILogger logger, CancellationToken ct)
    {
        if (!await IsRunningAsync(commands, files, ct))
        {
            return;
        }

        logger.LogWarning("Stopping a PostgreSQL server left running in {DataDirectory}", files.DataDirectory);
        await StopAsync(commands, files, ct);
    }

    public static async Task<int> StartAsync(
        ClusterCommands commands, ClusterFiles files, EmbeddedPostgresOptions options, CancellationToken ct)
    {
        var portIsFixed = options.Port is > 0;
        for (var attempt = 1; ; attempt++)
        {
            var port = portIsFixed ? options.Port!.Value : FreePorts.Next();
            var logSizeBefore = new FileInfo(files.LogFile).Length;
            var result = await commands.RunToolAsync(
                "pg_ctl",
                ["start", "-D", files.DataDirectory, "-w", "-t", "60", "-l", files.LogFile, "-o", ServerOptions(port, options.Durable)],
                ct);
            if (result.Succeeded)
            {
                return port;
            }

            // The free port can be taken by someone else before the server binds it.
            if (!portIsFixed && attempt < PortAttempts && files.LogSince(logSizeBefore).Contains("could not bind"))
            {
                continue;
            }

            throw new EmbeddedPostgresException(
                $"PostgreSQL did not start in '{files.DataDirectory}' on port {port} (pg_ctl exit code {result.ExitCode}: " +
                $"{result.Output}); last lines of {files.LogFile}:\n{files.LogTail(20)}");
        }
    }

    public static async Task<bool> IsRunningAsync(ClusterCommands commands, ClusterFiles files, CancellationToken ct) =>
        (await commands.RunToolAsync("pg_ctl", ["status", "-D", files.DataDirectory], ct)).Succeeded;

    // pg_ctl hands these to the server through /bin/sh, hence the shell quoting of the empty socket folder list.
    private static string ServerOptions(int port, bool durable) =>
        $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
        + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
}
