using System.Net.Http.Json;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Modules.Registry.Tests;

public sealed class ModuleTests(RegistryHost host) : IClassFixture<RegistryHost>
{
    [Fact]
    public async Task The_module_is_loaded_as_a_plugin_migrated_and_documented()
    {
        var modules = await host.Application.Client().GetFromJsonAsync<JsonElement>("/api/modules");
        var registry = modules.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "Registry");
        Assert.Equal("基础信息", registry.GetProperty("displayName").GetString());
        Assert.Equal("registry", registry.GetProperty("schema").GetString());
        Assert.Equal(["Initial", "DurableImports"], registry.GetProperty("appliedMigrations").EnumerateArray()
            .Select(m => m.GetString()![(m.GetString()!.IndexOf('_') + 1)..]));

        var document = await host.Application.Client().GetFromJsonAsync<JsonElement>("/swagger/registry/swagger.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/registry/persons", paths);
        Assert.Contains("/api/registry/persons/imports", paths);
        Assert.Contains("/api/registry/regions/{code}/children", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/registry/", p));
        var register = document.GetProperty("paths").GetProperty("/api/registry/persons").GetProperty("post");
        Assert.Equal("张三", register.GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
            .GetProperty("example").GetProperty("name").GetString());
        Assert.True(register.GetProperty("responses").GetProperty("201").GetProperty("content")
            .GetProperty("application/json").GetProperty("example").GetProperty("masked").GetBoolean());
    }

    [Fact]
    public async Task Code_tables_list_the_56_ethnic_groups_and_the_ledger_header()
    {
        var tables = await host.ClientWith(RegistryHost.County).GetFromJsonAsync<JsonElement>("/api/registry/code-tables");

        Assert.Equal(58, tables.GetProperty("ethnicities").GetArrayLength());
        Assert.Equal("基诺族", tables.GetProperty("ethnicities")[55].GetProperty("name").GetString());
        Assert.Equal("身份证号", tables.GetProperty("ledgerHeader")[0].GetString());
    }
}
