using Microsoft.Extensions.Logging;
using Npgsql;

namespace Governance.Host.Database;

/// <summary>
/// A private PostgreSQL cluster in a folder of its own, listening on 127.0.0.1 only, for development and tests.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string Superuser = "governance";

    private readonly ClusterCommands _commands;
    private readonly ClusterFiles _files;
    private readonly EmbeddedPostgresOptions _options;
    private readonly string _password;
    private readonly ILogger _logger;
    private readonly Lock _stopGate = new();
    private Task? _stopping;

    private EmbeddedPostgres(ClusterCommands commands, ClusterFiles files, EmbeddedPostgresOptions options, string password, int port,
        ILogger logger)
    {
        _commands = commands;
        _files = files;
        _options = options;
        _password = password;
        _logger = logger;
        Port = port;
        ConnectionString = ConnectionStringFor(options.Database);
    }

    /// <summary>Npgsql connection string of the superuser to the configured database.</summary>
    public string ConnectionString { get; }

    public int Port { get; }

    public string DataDirectory => _files.DataDirectory;

    public static async Task<EmbeddedPostgres> StartAsync(
        EmbeddedPostgresOptions options, ILogger logger, CancellationToken ct)
    {
        var binDirectory = await PostgresBinaries.LocateAsync(options.BinDirectory, ct);
        var commands = new ClusterCommands(binDirectory, asSystemUser: ClusterCommands.ProcessIsRoot);
        var files = ClusterFiles.For(options.DataDirectory);

        var password = files.IsInitialized
            ? files.ReadPassword()
            : await ClusterInitializer.InitializeAsync(commands, files, Superuser, options.Durable, logger, ct);
        files.EnsureLogFile();
        await commands.HandOverAsync([files.DataDirectory, files.PasswordFile, files.LogFile], recursive: false, ct);
        await commands.EnsureReachableAsync(files.DataDirectory, ct);
        await ClusterServer.StopLeftoverAsync(commands, files, logger, ct);

        var port = await ClusterServer.StartAsync(commands, files, options, ct);
        var server = new EmbeddedPostgres(commands, files, options, password, port, logger);
        try
        {
            await server.EnsureDatabaseAsync(options.Database, ct);
        }
        catch
        {
            await server.StopAsync();
            throw;
        }

        logger.LogInformation(
            "Embedded PostgreSQL cluster in {DataDirectory} listens on 127.0.0.1:{Port} (database {Database}, " +
            "programs in {BinDirectory}, log {LogFile})",
            files.DataDirectory, port, options.Database, binDirectory, files.LogFile);
        return server;
    }

    /// <summary>Stops the server (fast shutdown); later calls wait for the first one.</summary>
    public Task StopAsync()
    {
        lock (_stopGate)
        {
            return _stopping ??= StopCoreAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>
    /// Starts the server again, on its port, when it is not running although nobody stopped it (its postmaster died);
    /// answers whether it did.
    /// </summary>
    public async Task<bool> RestartIfDownAsync(CancellationToken ct)
    {
        if (_stopping is not null || await ClusterServer.IsRunningAsync(_commands, _files, ct))
        {
            return false;
        }

        await ClusterServer.StartAsync(_commands, _files, _options with { Port = Port }, ct);
        return true;
    }

    /// <summary>
    /// Leaves a detached watcher that, once this process is gone however it ended, stops the server at once and deletes
    /// <paramref name="folder"/>. For throw-away test clusters: test hosts are killed too soon after the last test for
    /// ProcessExit handlers to finish, and a killed process would leave the server running.
    /// </summary>
    internal Task StopAndDeleteAfterProcessExitAsync(string folder) =>
        ExitWatcher.StartAsync(
            Environment.ProcessId,
            folder,
            _commands.ToolCommandLine("pg_ctl", ["stop", "-D", _files.DataDirectory, "-m", "immediate", "-w", "-t", "60"]));

    private async Task StopCoreAsync()
    {
        // Another instance may have taken the cluster over since (see StopLeftoverAsync): leave its server alone.
        if (_files.RunningServerPort() != Port)
        {
            return;
        }

        await ClusterServer.StopAsync(_commands, _files, CancellationToken.None);
        _logger.LogInformation("Embedded PostgreSQL cluster in {DataDirectory} stopped", _files.DataDirectory);
    }

    private string ConnectionStringFor(string database, bool pooling = true) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Password = _password,
        Database = database,
        Pooling = pooling,
    }.ConnectionString;

    private async Task EnsureDatabaseAsync(string database, CancellationToken ct)
    {
        await using var connection = await OpenWithRetriesAsync(ConnectionStringFor("postgres", pooling: false), ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(ct) is not null)
        {
            return;
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"")}\"", connection);
        await create.ExecuteNonQueryAsync(ct);
        _logger.LogInformation("Created database {Database} in {DataDirectory}", database, _files.DataDirectory);
    }

    // pg_ctl -w returns once the server reports ready; a few retries cover a slow first accept.
    private static async Task<NpgsqlConnection> OpenWithRetriesAsync(string connectionString, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var connection = new NpgsqlConnection(connectionString);
            try
            {
                await connection.OpenAsync(ct);
                return connection;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await connection.DisposeAsync();
                await Task.Delay(200, ct);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }
    }
}
