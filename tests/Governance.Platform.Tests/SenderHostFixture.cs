using Governance.Host;
using Governance.Testing;

namespace Governance.Platform.Tests;

/// <summary>Class fixture: a started host with the Sender test module on a database of its own.</summary>
public sealed class SenderHostFixture() : ModuleTestHost("sender")
{
    private readonly TestPluginsFolder _plugins = TestPluginsFolder.With("Sender");

    public GovernanceApplication Host => Application;

    public string PluginsPath => _plugins.Path;

    protected override string Plugins => _plugins.Path;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _plugins.Dispose();
    }
}
