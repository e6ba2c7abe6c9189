using System.Diagnostics;
using Governance.Testing;

namespace Governance.Host.Tests;

/// <summary>The real executable, as county IT runs it: exit codes and messages.</summary>
public sealed class EntryPointTests
{
    [Fact]
    public async Task Migrate_only_migrates_every_enabled_module_and_exits_0()
    {
        using var plugins = TestPluginsFolder.With("Sender", "Receiver");
        var database = await PostgresServer.CreateDatabaseAsync();

        var (exitCode, output, _) = await RunHost(database, plugins.Path, "--migrate-only");

        Assert.Equal(0, exitCode);
        Assert.Contains("--migrate-only", output);
        var schemas = await Sql.Column(database, "SELECT nspname FROM pg_namespace WHERE nspname IN ('platform', 'sender', 'receiver') ORDER BY 1");
        Assert.Equal(["platform", "receiver", "sender"], schemas);
    }

    [Fact]
    public async Task A_module_that_cannot_load_stops_the_host_with_exit_code_1_and_one_clear_message()
    {
        using var plugins = TestPluginsFolder.With("Receiver");

        var (exitCode, _, errors) = await RunHost(await PostgresServer.CreateDatabaseAsync(), plugins.Path, "--migrate-only");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Governance cannot start. Module 'Receiver': requires module Sender", errors.Trim());
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunHost(string database, string pluginsPath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Governance.Host.dll"));
        args.ToList().ForEach(start.ArgumentList.Add);
        start.Environment["ConnectionStrings__Governance"] = database;
        start.Environment["Plugins__Path"] = pluginsPath;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
