using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Host.Tests.Modules;

public sealed class PluginLoadingTests
{
    [Fact]
    public async Task Installed_plugins_are_discovered_loaded_migrated_and_listed()
    {
        using var plugins = TestPluginsFolder.With("Sender", "Receiver");
        await using var host = await TestHost.StartAsync(plugins.Path, await PostgresServer.CreateDatabaseAsync());

        Assert.Equal(["Sender", "Receiver"], host.Runtime.Modules.Select(m => m.Id));
        var modules = await host.Client().GetFromJsonAsync<JsonElement>("/api/modules");
        var sender = modules.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "Sender");
        Assert.True(sender.GetProperty("enabled").GetBoolean());
        Assert.Equal("sender", sender.GetProperty("schema").GetString());
        Assert.Equal("测试发送模块", sender.GetProperty("displayName").GetString());
        Assert.Single(sender.GetProperty("appliedMigrations").EnumerateArray(), m => m.GetString()!.EndsWith("_Initial"));

        var created = await host.ClientAs(TestUsers.Administrator()).PostAsJsonAsync("/api/sender/notes", new { text = "你好" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task Disabled_plugin_is_not_loaded_and_its_endpoints_are_404()
    {
        using var plugins = TestPluginsFolder.With("Sender", "Receiver");
        await using var host = await TestHost.StartAsync(plugins.Path, await PostgresServer.CreateDatabaseAsync(),
            new Dictionary<string, string?> { ["Modules:Enabled"] = "Sender" });

        Assert.Equal(["Sender"], host.Runtime.Modules.Select(m => m.Id));
        var response = await host.Client().GetAsync($"/api/receiver/notes/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var modules = await host.Client().GetFromJsonAsync<JsonElement>("/api/modules");
        var receiver = modules.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "Receiver");
        Assert.False(receiver.GetProperty("enabled").GetBoolean());
        Assert.Empty(receiver.GetProperty("appliedMigrations").EnumerateArray());
    }

    [Fact]
    public async Task Each_module_has_its_own_openapi_document()
    {
        using var plugins = TestPluginsFolder.With("Sender", "Receiver");
        await using var host = await TestHost.StartAsync(plugins.Path, await PostgresServer.CreateDatabaseAsync());

        var sender = await host.Client().GetFromJsonAsync<JsonElement>("/swagger/sender/swagger.json");
        var paths = sender.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/sender/notes", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/api/receiver"));
        var platform = await host.Client().GetFromJsonAsync<JsonElement>("/swagger/platform/swagger.json");
        Assert.Contains("/api/modules", platform.GetProperty("paths").EnumerateObject().Select(p => p.Name));
    }
}
