using Governance.Host;
using Governance.Testing;

namespace Governance.Platform.Tests;

/// <summary>Class fixture: a started host with the Sender test module on a database of its own.</summary>
public sealed class SenderHostFixture : IAsyncLifetime
{
    private readonly TestPluginsFolder _plugins = TestPluginsFolder.With("Sender");

    public string Database { get; private set; } = "";

    public GovernanceApplication Host { get; private set; } = null!;

    public string PluginsPath => _plugins.Path;

    public async Task InitializeAsync()
    {
        Database = await PostgresServer.CreateDatabaseAsync();
        Host = await TestHost.StartAsync(_plugins.Path, Database);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _plugins.Dispose();
        await PostgresServer.DropDatabaseAsync(Database);
    }
}
