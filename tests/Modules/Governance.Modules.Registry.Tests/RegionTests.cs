using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Modules.Registry.Tests;

public sealed class RegionTests(RegistryHost host) : IClassFixture<RegistryHost>
{
    private static readonly string ModuleRegions = Path.Combine(FindRepositoryRoot(), "src", "Modules", "Registry",
        "Governance.Modules.Registry", "Resources", "Regions");

    [Fact]
    public async Task Startup_imports_the_county_as_in_the_official_files_and_a_second_run_adds_nothing()
    {
        var villages = DataLines("villages-330106.csv").Select(l => l.Split(',')[0]).ToList();
        var townships = DataLines("townships.csv").Select(l => l.Split(',')[0]).Where(c => c.StartsWith("330106")).ToList();

        Assert.Equal(villages.Count, await host.Count("SELECT count(*) FROM registry.regions WHERE level = 5 AND code LIKE '330106%'"));
        Assert.Equal(townships.Count, await host.Count("SELECT count(*) FROM registry.regions WHERE level = 4 AND code LIKE '330106%'"));
        // 东莞, 中山 and 儋州 have no counties: their "county" rows (441900 …) are the cities themselves.
        var counties = DataLines("counties.csv").Count(l => l[4..6] != "00");
        Assert.Equal(counties, await host.Count("SELECT count(*) FROM registry.regions WHERE level = 3"));
        Assert.Equal(DataLines("provinces.csv").Count(), await host.Count("SELECT count(*) FROM registry.regions WHERE level = 1"));
        Assert.Equal(0L, await host.Count("SELECT count(*) FROM registry.regions WHERE code LIKE '370114%' AND level > 3"));

        var report = await host.ClientFor(RegistryHost.County).PostAsync("/api/registry/regions/import", null).Ok();
        Assert.Equal(0, report.GetProperty("added").GetInt32());
        Assert.Equal(0, report.GetProperty("changed").GetInt32());
        Assert.Equal(villages.Count + townships.Count + 31 + 342 + counties, report.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Tree_children_and_ancestry_come_with_names()
    {
        var client = host.ClientFor(RegistryHost.County);

        var village = await client.GetFromJsonAsync<JsonElement>($"/api/registry/regions/{RegistryHost.Shangbao}");
        Assert.Equal("上保社区", village.GetProperty("name").GetString());
        Assert.Equal("Village", village.GetProperty("level").GetString());
        Assert.Equal("浙江省杭州市西湖区北山街道上保社区", village.GetProperty("fullName").GetString());
        Assert.Equal(["33", "3301", "330106", "330106002"],
            village.GetProperty("ancestors").EnumerateArray().Select(a => a.GetProperty("code").GetString()!.TrimEnd('0')));

        var townships = await client.GetFromJsonAsync<JsonElement>("/api/registry/regions/330106/children?pageSize=50");
        Assert.Equal(12, townships.GetProperty("total").GetInt32());
        Assert.True(townships.GetProperty("items")[0].GetProperty("hasChildren").GetBoolean());
        var beishan = await client.GetFromJsonAsync<JsonElement>("/api/registry/regions/330106002/children");
        Assert.Equal(7, beishan.GetProperty("total").GetInt32());

        var search = await client.GetFromJsonAsync<JsonElement>("/api/registry/regions?name=" + Uri.EscapeDataString("上保"));
        Assert.Equal("330106002051", Assert.Single(search.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        var national = await client.GetFromJsonAsync<JsonElement>("/api/registry/regions?national=true&level=County&name=" + Uri.EscapeDataString("章丘"));
        Assert.Equal("370114000000", national.GetProperty("items")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Regions_are_limited_to_the_jurisdiction_and_the_regions_above_it()
    {
        var xixi = host.ClientFor(RegistryHost.Xixi);

        var county = await xixi.GetFromJsonAsync<JsonElement>("/api/registry/regions/330106/children");
        Assert.Equal(["330106004000"], county.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("code").GetString()!));
        Assert.Equal(HttpStatusCode.NotFound, (await xixi.GetAsync($"/api/registry/regions/{RegistryHost.Shangbao}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await xixi.GetAsync("/api/registry/regions/330106")).StatusCode);
        var mine = await xixi.GetFromJsonAsync<JsonElement>("/api/registry/regions/mine");
        Assert.Equal("西溪街道", mine.GetProperty("name").GetString());
        var search = await xixi.GetFromJsonAsync<JsonElement>("/api/registry/regions?name=" + Uri.EscapeDataString("上保"));
        Assert.Equal(0, search.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await xixi.GetAsync("/api/registry/regions/3301061")).StatusCode);
    }

    [Fact]
    public async Task The_administrator_reads_every_region_to_give_users_their_jurisdiction()
    {
        var admin = host.ClientAs(TestUsers.Administrator());

        var townships = await admin.GetFromJsonAsync<JsonElement>("/api/registry/regions/330106/children?pageSize=50");
        Assert.Equal(12, townships.GetProperty("total").GetInt32());
        Assert.Equal("上保社区", (await admin.GetFromJsonAsync<JsonElement>($"/api/registry/regions/{RegistryHost.Shangbao}"))
            .GetProperty("name").GetString());
        var search = await admin.GetFromJsonAsync<JsonElement>("/api/registry/regions?name=" + Uri.EscapeDataString("北山"));
        Assert.Contains("330106002000", search.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        var nobody = host.ClientWith(RegistryHost.County);
        var refused = await nobody.GetAsync("/api/registry/regions/330106");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("registry.regions.read", (await refused.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_uploaded_villages_file_is_imported_and_reported_and_a_malformed_one_is_400()
    {
        var client = host.ClientFor(RegistryHost.County);
        var file = File.ReadAllBytes(Path.Combine(ModuleRegions, "villages-652824.csv"));

        var first = await client.PostAsync("/api/registry/regions/import", Upload(file, "villages-652824.csv")).Ok();
        Assert.Equal(DataLines("villages-652824.csv").Count(), first.GetProperty("added").GetInt32());
        var again = await client.PostAsync("/api/registry/regions/import", Upload(file, "villages-652824.csv")).Ok();
        Assert.Equal(0, again.GetProperty("added").GetInt32());

        var bad = await client.PostAsync("/api/registry/regions/import",
            Upload(Encoding.UTF8.GetBytes("code,name\n33010600205X,坏代码\n"), "bad.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("第2行", (await bad.Json()).FieldErrors("file")[0]);
        var noHeader = await client.PostAsync("/api/registry/regions/import", Upload("不是区划文件"u8.ToArray(), "x.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, noHeader.StatusCode);
        var reader = host.ClientWith(RegistryHost.County, "registry.regions.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync("/api/registry/regions/import", null)).StatusCode);
    }

    internal static MultipartFormDataContent Upload(byte[] content, string fileName) =>
        new() { { new ByteArrayContent(content), "file", fileName } };

    private static IEnumerable<string> DataLines(string file) =>
        File.ReadLines(Path.Combine(ModuleRegions, file)).Skip(1).Where(l => l.Length > 0);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
