using Governance.Host.Modules;
using Governance.Testing;
using Microsoft.Extensions.Configuration;

namespace Governance.Host.Tests.Modules;

public sealed class ModuleSettingsTests
{
    [Theory]
    [InlineData("Sender,Receiver", new[] { "Sender", "Receiver" })]
    [InlineData(" Sender , Receiver ,", new[] { "Sender", "Receiver" })]
    [InlineData("*", null)]
    [InlineData("", null)]
    public void Enabled_modules_read_from_a_comma_separated_value(string value, string[]? expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [EnabledModulesSetting.Key] = value }).Build();

        Assert.Equal(expected, EnabledModulesSetting.Read(configuration));
    }

    [Fact]
    public void Enabled_modules_read_from_a_list_as_environment_variables_give_it()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Modules:Enabled:0"] = "Receiver",
            ["Modules:Enabled:1"] = "Sender",
        }).Build();

        Assert.Equal(["Receiver", "Sender"], EnabledModulesSetting.Read(configuration));
    }

    [Fact]
    public void Optional_dependencies_order_modules_when_present_and_are_ignored_when_absent()
    {
        using var plugins = TestPluginsFolder.With("Sender", "Receiver");
        plugins.EditManifest("Receiver", m => m["dependsOn"] = new System.Text.Json.Nodes.JsonArray(
            new System.Text.Json.Nodes.JsonObject { ["id"] = "Sender", ["kind"] = "optional" },
            new System.Text.Json.Nodes.JsonObject { ["id"] = "Petitions", ["kind"] = "optional" }));
        var catalog = PluginCatalog.Discover(plugins.Path);

        var ordered = ModuleSelection.Resolve(catalog, null, HostVersion.Current);

        Assert.Equal(["Sender", "Receiver"], ordered.Select(p => p.Id));
        Assert.Equal(["Receiver"], ModuleSelection.Resolve(catalog, ["Receiver"], HostVersion.Current).Select(p => p.Id));
    }

    [Fact]
    public void A_required_module_is_loaded_even_when_not_listed()
    {
        using var plugins = TestPluginsFolder.With("Sender", "Receiver");
        plugins.EditManifest("Sender", m => m["required"] = true);

        var ordered = ModuleSelection.Resolve(PluginCatalog.Discover(plugins.Path), ["Receiver"], HostVersion.Current);

        Assert.Equal(["Sender", "Receiver"], ordered.Select(p => p.Id));
    }
}
