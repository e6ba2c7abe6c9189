using Governance.Host.Modules;
using Governance.Platform.Abstractions;
using Governance.Testing;

namespace Governance.Host.Tests.Modules;

/// <summary>Every way a plugin folder can be wrong stops startup with a message naming the module and the fix.</summary>
public sealed class PluginLoaderFailureTests
{
    [Fact]
    public async Task Missing_required_dependency_that_is_not_installed_names_module_and_dependency()
    {
        using var plugins = TestPluginsFolder.With("Receiver");

        var error = await StartupFailure(plugins);

        Assert.Equal("Receiver", error.ModuleId);
        Assert.Contains("requires module Sender", error.Message);
        Assert.Contains("install Sender", error.Message);
    }

    [Fact]
    public async Task Required_dependency_installed_but_not_enabled_says_to_enable_it()
    {
        using var plugins = TestPluginsFolder.With("Sender", "Receiver");

        var error = await StartupFailure(plugins, ("Modules:Enabled", "Receiver"));

        Assert.Equal("Receiver", error.ModuleId);
        Assert.Contains("add Sender to Modules:Enabled", error.Message);
    }

    [Fact]
    public async Task Dependency_cycle_is_reported_with_its_path()
    {
        using var plugins = TestPluginsFolder.With("Sender", "Receiver");
        plugins.EditManifest("Sender", m => m["dependsOn"] = new System.Text.Json.Nodes.JsonArray(
            new System.Text.Json.Nodes.JsonObject { ["id"] = "Receiver", ["version"] = "[1.0,)" }));

        var error = await StartupFailure(plugins);

        Assert.Contains("dependency cycle", error.Message);
        Assert.Contains("Receiver → Sender → Receiver", error.Message);
    }

    [Fact]
    public async Task Same_id_installed_twice_names_both_folders()
    {
        using var plugins = TestPluginsFolder.With("Sender");
        var copy = plugins.Install("Sender", "SenderCopy");

        var error = await StartupFailure(plugins);

        Assert.Equal("Sender", error.ModuleId);
        Assert.Contains("installed twice", error.Message);
        Assert.Contains(copy, error.Message);
    }

    [Fact]
    public async Task Plugin_folder_carrying_a_shared_assembly_is_refused()
    {
        using var plugins = TestPluginsFolder.With("Sender");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Governance.SharedKernel.dll"),
            Path.Combine(plugins.Path, "Sender", "Governance.SharedKernel.dll"));

        var error = await StartupFailure(plugins);

        Assert.Equal("Sender", error.ModuleId);
        Assert.Contains("Governance.SharedKernel.dll", error.Message);
        Assert.Contains("Delete those files", error.Message);
    }

    [Fact]
    public async Task Two_module_classes_in_one_plugin_are_refused()
    {
        using var plugins = TestPluginsFolder.With("Twins");

        var error = await StartupFailure(plugins);

        Assert.Equal("Twins", error.ModuleId);
        Assert.Contains("exactly one class implementing IModule", error.Message);
        Assert.Contains("FirstTwinModule", error.Message);
        Assert.Contains("SecondTwinModule", error.Message);
    }

    [Fact]
    public async Task Manifest_id_different_from_module_class_id_is_refused()
    {
        using var plugins = TestPluginsFolder.With("Sender");
        plugins.EditManifest("Sender", m => m["id"] = "Messenger");

        var error = await StartupFailure(plugins);

        Assert.Equal("Messenger", error.ModuleId);
        Assert.Contains("SenderModule.Id is 'Sender'", error.Message);
    }

    [Fact]
    public async Task Module_built_for_another_host_version_is_refused()
    {
        using var plugins = TestPluginsFolder.With("Sender");
        plugins.EditManifest("Sender", m => m["hostVersion"] = "[9.0,10.0)");

        var error = await StartupFailure(plugins);

        Assert.Equal("Sender", error.ModuleId);
        Assert.Contains("needs host version", error.Message);
        Assert.Contains(HostVersion.Current.ToString(), error.Message);
    }

    [Fact]
    public async Task Unknown_module_in_enabled_setting_is_refused_with_the_installed_list()
    {
        using var plugins = TestPluginsFolder.With("Sender");

        var error = await StartupFailure(plugins, ("Modules:Enabled", "Sender,Petitions"));

        Assert.Equal("Petitions", error.ModuleId);
        Assert.Contains("not installed", error.Message);
        Assert.Contains("installed: Sender", error.Message);
    }

    [Fact]
    public async Task Broken_manifest_names_the_file()
    {
        using var plugins = TestPluginsFolder.With("Sender");
        File.WriteAllText(Path.Combine(plugins.Path, "Sender", "module.json"), "{ \"id\": \"Sender\", ");

        var error = await StartupFailure(plugins);

        Assert.Equal("Sender", error.ModuleId);
        Assert.Contains("module.json", error.Message);
    }

    private static async Task<ModuleStartupException> StartupFailure(
        TestPluginsFolder plugins, params (string Key, string Value)[] settings) =>
        await Assert.ThrowsAsync<ModuleStartupException>(() => TestHost.CreateAsync(
            plugins.Path, settings: settings.ToDictionary(s => s.Key, s => (string?)s.Value)));
}
