using Governance.Host.Demo;

namespace Governance.Modules.Registry.Tests;

/// <summary>Class fixture: the Registry host on a database of its own, with a demo county of 西湖区 330106 (3 000 persons, seed 7).</summary>
public sealed class DemoCountyHost() : ModuleTestHost("demo")
{
    public static readonly DemoArguments Arguments = new(RegistryHost.County, 7, 3_000);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Assert.Equal(0, await DemoCommand.RunAsync(Application, Arguments));
    }

    public HttpClient ClientFor(string jurisdiction) =>
        Application.ClientAs(TestUsers.User(jurisdiction, "zfw", RegistryHost.AllPermissions));
}
