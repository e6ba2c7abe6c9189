using Xunit;

namespace Governance.Testing;

/// <summary>Class fixture: an empty database of its own on the shared <see cref="PostgresServer"/>.</summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private string? _connectionString;

    public string ConnectionString =>
        _connectionString ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    public async Task InitializeAsync() => _connectionString = await PostgresServer.CreateDatabaseAsync();

    public Task DisposeAsync() =>
        _connectionString is null ? Task.CompletedTask : PostgresServer.DropDatabaseAsync(_connectionString);
}
