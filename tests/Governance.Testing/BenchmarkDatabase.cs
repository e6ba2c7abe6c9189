using Governance.Host.Database;
using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.Testing;

/// <summary>
/// The database of a benchmark harness: the server in GOVERNANCE_BENCH_CONNECTION, or else an embedded PostgreSQL with
/// durable settings (fsync on) in <c>workPath/pg</c>, so figures are those of a production-like cluster.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    public const string ConnectionVariable = "GOVERNANCE_BENCH_CONNECTION";

    private readonly EmbeddedPostgres? _embedded;

    private BenchmarkDatabase(string connectionString, EmbeddedPostgres? embedded, string? dataDirectory)
    {
        ConnectionString = connectionString;
        _embedded = embedded;
        DataDirectory = dataDirectory;
    }

    public string ConnectionString { get; }

    /// <summary>The embedded cluster's folder (to read its CPU time from /proc), null for an external server.</summary>
    public string? DataDirectory { get; }

    public static async Task<BenchmarkDatabase> StartAsync(string workPath)
    {
        var external = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrEmpty(external))
        {
            Console.WriteLine($"database: {ConnectionVariable}");
            return new BenchmarkDatabase(external, null, null);
        }

        var dataDirectory = Path.Combine(workPath, "pg");
        var embedded = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions { DataDirectory = dataDirectory, Durable = true }, NullLogger.Instance, CancellationToken.None);
        Console.WriteLine("database: embedded PostgreSQL, durable settings (fsync on)");
        return new BenchmarkDatabase(embedded.ConnectionString, embedded, dataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }
    }
}
