namespace Governance.Host.Database;
public sealed record EmbeddedPostgresOptions { public required string DataDirectory { get; init; } public int? Port { get; init; } public string Database { get; init; } = "governance"; public string? BinDirectory { get; init; } }
public sealed class EmbeddedPostgresException(string m) : Exception(m);
public sealed class EmbeddedPostgres : IAsyncDisposable { public string ConnectionString => ""; public static Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions o, ILogger l, CancellationToken c) => throw new EmbeddedPostgresException("stub"); public ValueTask DisposeAsync() => default; }
