using System.Security.Cryptography;
using System.Text;
using Governance.Host.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Governance.Testing;

/// <summary>
/// The one embedded PostgreSQL cluster of a test run, shared by every test process of this repository checkout: the
/// first process starts it in a well-known temp folder and writes its connection string there; the others find it.
/// Each process registers its id in <c>clients/</c>, and a <see cref="ClusterWatcher"/> stops the cluster and deletes
/// the folder once no registered process has been alive for a while. A file lock orders all of this between processes.
/// </summary>
internal static class SharedCluster
{
    // Large enough for every host of the test processes running at once (each keeps a pool per database it used).
    private const int MaxConnections = 1000;

    public static async Task<string> AcquireAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"governance-test-cluster-{CheckoutKey()}");
        using (await ClusterLock.TakeAsync(folder + ".lock"))
        {
            CreateFolder(folder);
            File.WriteAllText(Path.Combine(folder, "clients", Environment.ProcessId.ToString()), "");
            var connectionFile = Path.Combine(folder, "connection");
            var connectionString = File.Exists(connectionFile) ? File.ReadAllText(connectionFile) : null;
            if (connectionString is null || !await AnswersAsync(connectionString))
            {
                connectionString = await StartAsync(Path.Combine(folder, "pg"));
                File.WriteAllText(connectionFile + ".new", connectionString);
                File.Move(connectionFile + ".new", connectionFile, overwrite: true);
            }

            await ClusterWatcher.EnsureRunningAsync(folder, folder + ".lock");
            return connectionString;
        }
    }

    private static async Task<string> StartAsync(string dataDirectory)
    {
        var options = new EmbeddedPostgresOptions { DataDirectory = dataDirectory, Database = "postgres", Durable = false };
        var first = await EmbeddedPostgres.StartAsync(options, NullLogger.Instance, CancellationToken.None);
        await using (var connection = new NpgsqlConnection(first.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"ALTER SYSTEM SET max_connections = {MaxConnections}", connection);
            await command.ExecuteNonQueryAsync();
            NpgsqlConnection.ClearPool(connection);
        }

        // max_connections needs a restart. The server outlives this process: the watcher stops it.
        await first.StopAsync();
        return (await EmbeddedPostgres.StartAsync(options, NullLogger.Instance, CancellationToken.None)).ConnectionString;
    }

    private static async Task<bool> AnswersAsync(string connectionString)
    {
        try
        {
            var probe = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5 };
            await using var connection = new NpgsqlConnection(probe.ConnectionString);
            await connection.OpenAsync();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private static void CreateFolder(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "clients"));
        TemporaryDirectory.MakeTraversable(folder);
    }

    /// <summary>A short hash of the repository checkout the test assemblies were built in, so checkouts keep apart.</summary>
    private static string CheckoutKey()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory.Parent is not null && !File.Exists(Path.Combine(directory.FullName, "Governance.sln")))
        {
            directory = directory.Parent;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Environment.UserName}:{directory.FullName}"));
        return Convert.ToHexString(hash, 0, 6).ToLowerInvariant();
    }
}
