using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Modules.Petitions.Tests;

[Collection(PetitionsCollection.Name)]
public sealed class ModuleTests(PetitionsHost host)
{
    [Fact]
    public async Task The_module_is_loaded_as_a_plugin_migrated_and_documented()
    {
        var modules = await host.Application.Client().GetFromJsonAsync<JsonElement>("/api/modules");
        var petitions = modules.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "Petitions");
        Assert.Equal("信访", petitions.GetProperty("displayName").GetString());
        Assert.Equal("petitions", petitions.GetProperty("schema").GetString());
        Assert.Equal(4, petitions.GetProperty("appliedMigrations").GetArrayLength());

        var document = await host.Application.Client().GetFromJsonAsync<JsonElement>("/swagger/petitions/swagger.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/petitions", paths);
        Assert.Contains("/api/petitions/{id}/re-review/hearings", paths);
        Assert.Contains("/api/petitions/public/progress", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/petitions", p));

        var register = document.GetProperty("paths").GetProperty("/api/petitions").GetProperty("post");
        Assert.Equal("Visit", register.GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
            .GetProperty("example").GetProperty("channel").GetString());
        Assert.Equal("K7Q2M9XD", register.GetProperty("responses").GetProperty("201").GetProperty("content")
            .GetProperty("application/json").GetProperty("example").GetProperty("queryCode").GetString());
    }
}
