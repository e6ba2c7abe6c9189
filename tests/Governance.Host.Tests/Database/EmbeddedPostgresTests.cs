using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Governance.Host.Database;
using Governance.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Governance.Host.Tests.Database;

public sealed class EmbeddedPostgresTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new("governance-pg-test");

    private EmbeddedPostgresOptions Options => new()
    {
        DataDirectory = Path.Combine(_folder.Path, "pg"),
        Database = "app",
        Durable = false,
    };

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Restart_on_an_existing_data_folder_keeps_the_data()
    {
        await using (var first = await StartAsync(Options))
        {
            await ExecuteAsync(first.ConnectionString, "CREATE TABLE notes (text text); INSERT INTO notes VALUES ('kept')");
            await first.StopAsync();
        }

        await using var second = await StartAsync(Options);

        Assert.Equal("kept", await ExecuteAsync(second.ConnectionString, "SELECT text FROM notes"));
    }

    [Fact]
    public async Task A_server_left_running_by_a_crashed_host_is_replaced()
    {
        var crashed = await StartAsync(Options);

        await using var replacement = await StartAsync(Options);

        Assert.NotEqual(crashed.Port, replacement.Port);
        Assert.Equal(1, await ExecuteAsync(replacement.ConnectionString, "SELECT 1"));
        await crashed.StopAsync();
        Assert.Equal(1, await ExecuteAsync(replacement.ConnectionString, "SELECT 1"));
    }

    [Fact]
    public async Task A_stale_pid_file_without_a_server_is_ignored()
    {
        string pidFile;
        await using (var first = await StartAsync(Options))
        {
            pidFile = Path.Combine(first.DataDirectory, "postmaster.pid");
            var lines = await File.ReadAllLinesAsync(pidFile);
            await first.StopAsync();
            lines[0] = DeadProcessId().ToString();
            await File.WriteAllLinesAsync(pidFile, lines);
        }

        await using var second = await StartAsync(Options);

        Assert.Equal(1, await ExecuteAsync(second.ConnectionString, "SELECT 1"));
    }

    [Fact]
    public async Task Stop_is_idempotent()
    {
        var server = await StartAsync(Options);
        var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString;
        Assert.Equal(1, await ExecuteAsync(connectionString, "SELECT 1"));

        await server.StopAsync();
        await server.StopAsync();
        await server.DisposeAsync();

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => ExecuteAsync(connectionString, "SELECT 1"));
    }

    [Fact]
    public async Task A_configured_port_is_honoured()
    {
        var port = FreePort();

        await using var server = await StartAsync(Options with { Port = port });

        Assert.Equal(port, server.Port);
        Assert.Equal(port.ToString(), await ExecuteAsync(server.ConnectionString, "SHOW port"));
        Assert.Equal("app", await ExecuteAsync(server.ConnectionString, "SELECT current_database()"));
    }

    [Fact]
    public async Task A_failed_start_reports_the_server_log()
    {
        var occupied = new TcpListener(IPAddress.Loopback, 0);
        occupied.Start();
        try
        {
            var port = ((IPEndPoint)occupied.LocalEndpoint).Port;

            var error = await Assert.ThrowsAsync<EmbeddedPostgresException>(() => StartAsync(Options with { Port = port }));

            Assert.Contains($"port {port}", error.Message);
            Assert.Contains("could not bind", error.Message);
        }
        finally
        {
            occupied.Stop();
        }
    }

    [Fact]
    public async Task As_root_a_folder_the_postgres_user_cannot_enter_is_named()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName != "root")
        {
            return; // the postgres system user only runs the cluster for root
        }

        var locked = Directory.CreateDirectory(Path.Combine(_folder.Path, "locked")).FullName;
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var error = await Assert.ThrowsAsync<EmbeddedPostgresException>(
            () => StartAsync(Options with { DataDirectory = Path.Combine(locked, "pg") }));

        Assert.Contains($"cannot enter '{locked}'", error.Message);
    }

    [Fact]
    public async Task Missing_binaries_give_a_one_sentence_fix()
    {
        var emptyBin = Directory.CreateDirectory(Path.Combine(_folder.Path, "bin")).FullName;

        var error = await Assert.ThrowsAsync<EmbeddedPostgresException>(
            () => StartAsync(Options with { BinDirectory = emptyBin }));

        Assert.Contains("apt-get install postgresql", error.Message);
        Assert.Contains("ConnectionStrings:Governance", error.Message);
        Assert.Contains("ConnectionStrings__Governance", error.Message);
        Assert.EndsWith(".", error.Message);
        Assert.DoesNotContain(". ", error.Message);
        Assert.False(Directory.Exists(Options.DataDirectory));
    }

    private static Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions options) =>
        EmbeddedPostgres.StartAsync(options, NullLogger.Instance, CancellationToken.None);

    private static async Task<object?> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start("true");
        process.WaitForExit();
        return process.Id;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
