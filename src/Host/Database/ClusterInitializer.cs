using Microsoft.Extensions.Logging;

namespace Governance.Host.Database;

/// <summary>Creates a new cluster: data directory, password file and initdb.</summary>
internal static class ClusterInitializer
{
    /// <returns>The superuser's new password.</returns>
    public static async Task<string> InitializeAsync(
        ClusterCommands commands, ClusterFiles files, string superuser, bool durable, ILogger logger, CancellationToken ct)
    {
        logger.LogInformation("Creating a PostgreSQL cluster in {DataDirectory}", files.DataDirectory);
        files.CreateDataDirectory();
        var password = files.CreatePassword();
        await commands.HandOverAsync([files.DataDirectory, files.PasswordFile], recursive: true, ct);
        await commands.EnsureReachableAsync(files.DataDirectory, ct);

        var result = await RunInitdbAsync(commands, files, superuser, durable, "--locale=C.UTF-8", ct);
        // C.UTF-8 ships with glibc 2.35+, but a slimmed-down system may still lack it; the byte-order C locale always works.
        if (!result.Succeeded && result.Output.Contains("locale", StringComparison.OrdinalIgnoreCase))
        {
            logger.LogWarning("initdb rejected locale C.UTF-8, using the C locale: {Output}", result.Output);
            result = await RunInitdbAsync(commands, files, superuser, durable, "--no-locale", ct);
        }

        if (!result.Succeeded)
        {
            throw new EmbeddedPostgresException(
                $"initdb could not create a cluster in '{files.DataDirectory}' (exit code {result.ExitCode}): {result.Output}");
        }

        return password;
    }

    private static Task<CommandResult> RunInitdbAsync(
        ClusterCommands commands, ClusterFiles files, string superuser, bool durable, string localeArgument,
        CancellationToken ct) =>
        commands.RunToolAsync(
            "initdb",
            ["-D", files.DataDirectory, "-U", superuser, "--auth=scram-sha-256", $"--pwfile={files.PasswordFile}",
             "-E", "UTF8", localeArgument, .. durable ? Array.Empty<string>() : ["--no-sync"]],
            ct);
}
