using System.ComponentModel;
using System.Diagnostics;

namespace Governance.Host.Database;

internal sealed record CommandResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}

internal static class CommandRunner
{
    public static async Task<CommandResult> RunAsync(
        string program, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        // "/" because the postgres user may not be allowed into the host's working directory.
        var startInfo = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Start(startInfo);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            ct.ThrowIfCancellationRequested();
            throw new EmbeddedPostgresException(
                $"'{Describe(program, arguments)}' did not finish within {timeout.TotalSeconds:0} seconds.");
        }

        var output = string.Join('\n', new[] { await stdout, await stderr }.Where(s => s.Length > 0));
        return new CommandResult(process.ExitCode, output.Trim());
    }

    public static string Describe(string program, IEnumerable<string> arguments) =>
        string.Join(' ', arguments.Prepend(program));

    private static Process Start(ProcessStartInfo startInfo)
    {
        try
        {
            return Process.Start(startInfo)
                ?? throw new EmbeddedPostgresException($"Could not start '{startInfo.FileName}'.");
        }
        catch (Win32Exception ex)
        {
            throw new EmbeddedPostgresException($"Could not start '{startInfo.FileName}': {ex.Message}");
        }
    }
}
