using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Modules.Registry.Tests;

public sealed class GridTests(RegistryHost host) : IClassFixture<RegistryHost>
{
    private const string Grids = "/api/registry/grids";
    private static readonly object Square = new
    {
        type = "Polygon",
        coordinates = new[] { new[] { new[] { 120.13, 30.26 }, new[] { 120.14, 30.26 }, new[] { 120.14, 30.27 }, new[] { 120.13, 30.26 } } },
    };

    private readonly HttpClient _clerk = host.ClientFor(RegistryHost.Beishan);

    [Fact]
    public async Task Create_read_update_list_and_delete_a_grid()
    {
        var worker = Guid.NewGuid();
        var created = await _clerk.PostAsJsonAsync(Grids, new { villageCode = RegistryHost.Shangbao, name = "上保一网格", workerIds = new[] { worker }, boundary = Square });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var grid = await created.Json();
        var code = grid.GetProperty("code").GetString()!;
        Assert.StartsWith(RegistryHost.Shangbao, code);
        Assert.Equal(15, code.Length);
        Assert.Equal("Polygon", grid.GetProperty("boundary").GetProperty("type").GetString());

        var read = await _clerk.GetAsync($"{Grids}/{code}");
        var etag = read.Headers.ETag!.Tag;
        var updated = await _clerk.PutJson($"{Grids}/{code}", new { name = "上保第一网格", workerIds = new[] { worker, Guid.NewGuid() } }, etag);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var body = await updated.Json();
        Assert.Equal(2, body.GetProperty("workerIds").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("boundary").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, (await _clerk.PutJson($"{Grids}/{code}", new { name = "旧版本" }, etag)).StatusCode);

        var mine = await _clerk.GetFromJsonAsync<JsonElement>($"{Grids}?workerId={worker}");
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), g => g.GetProperty("code").GetString() == code);

        var delete = new HttpRequestMessage(HttpMethod.Delete, $"{Grids}/{code}").WithIfMatch(updated.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NoContent, (await _clerk.SendAsync(delete)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _clerk.GetAsync($"{Grids}/{code}")).StatusCode);
    }

    [Fact]
    public async Task Sequences_are_numbered_and_a_taken_code_is_409()
    {
        var first = await _clerk.PostAsJsonAsync(Grids, new { villageCode = "330106002052", name = "甲" }).Ok();
        var second = await _clerk.PostAsJsonAsync(Grids, new { villageCode = "330106002052", name = "乙" }).Ok();
        Assert.Equal("330106002052001", first.GetProperty("code").GetString());
        Assert.Equal("330106002052002", second.GetProperty("code").GetString());

        var taken = await _clerk.PostAsJsonAsync(Grids, new { villageCode = "330106002052", sequence = 2, name = "丙" });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("330106002052002", (await taken.Json()).GetProperty("existingId").GetString());
    }

    [Theory]
    [InlineData("""{"type":"Point","coordinates":[120.1,30.2]}""", "Polygon 或 MultiPolygon")]
    [InlineData("""{"type":"Polygon","coordinates":[[[120.1,30.2],[120.2,30.2],[120.2,30.3],[120.1,30.3]]]}""", "未闭合")]
    [InlineData("""{"type":"Polygon","coordinates":[[[120.1,30.2],[120.2,30.2],[120.1,30.2]]]}""", "至少应有 4 个坐标点")]
    [InlineData("""{"type":"Polygon","coordinates":[[[200,30.2],[120.2,30.2],[120.2,30.3],[200,30.2]]]}""", "经度")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[]}""", "至少应有一个多边形")]
    [InlineData("""[1,2]""", "GeoJSON 几何对象")]
    public async Task Boundaries_must_be_valid_polygons(string geometry, string expected)
    {
        var body = $$"""{"villageCode":"{{RegistryHost.Shangbao}}","name":"边界测试","boundary":{{geometry}}}""";
        var before = await host.Count("SELECT count(*) FROM registry.grids");

        var response = await _clerk.PostAsync(Grids, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Json()).FieldErrors("boundary")[0]);
        Assert.Equal(before, await host.Count("SELECT count(*) FROM registry.grids"));
    }

    [Fact]
    public async Task Bad_village_codes_jurisdiction_and_permissions()
    {
        Assert.Contains("不是村（社区）级", (await (await _clerk.PostAsJsonAsync(Grids, new { villageCode = RegistryHost.Beishan, name = "x" })).Json()).FieldErrors("villageCode")[0]);
        Assert.Contains("不在区划代码表中", (await (await _clerk.PostAsJsonAsync(Grids, new { villageCode = "330106002999", name = "x" })).Json()).FieldErrors("villageCode")[0]);
        Assert.NotEmpty((await (await _clerk.PostAsJsonAsync(Grids, new { villageCode = "3301060020", name = "x" })).Json()).FieldErrors("villageCode"));
        Assert.Equal(HttpStatusCode.Forbidden, (await _clerk.PostAsJsonAsync(Grids, new { villageCode = RegistryHost.XixiVillage, name = "x" })).StatusCode);

        var code = (await _clerk.PostAsJsonAsync(Grids, new { villageCode = "330106002053", name = "金祝" }).Ok()).GetProperty("code").GetString();
        var neighbour = host.ClientFor(RegistryHost.Xixi);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"{Grids}/{code}")).StatusCode);
        Assert.DoesNotContain((await neighbour.GetFromJsonAsync<JsonElement>($"{Grids}?pageSize=100")).GetProperty("items").EnumerateArray(),
            g => g.GetProperty("code").GetString() == code);
        var readOnly = host.ClientWith(RegistryHost.Beishan, "registry.grids.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsJsonAsync(Grids, new { villageCode = "330106002053", name = "y" })).StatusCode);
    }

    [Fact]
    public async Task A_grid_with_persons_cannot_be_deleted()
    {
        var created = await _clerk.PostAsJsonAsync(Grids, new { villageCode = "330106002054", name = "有人网格" });
        var code = (await created.Json()).GetProperty("code").GetString()!;
        await _clerk.PostAsJsonAsync("/api/registry/persons", PersonBodies.Valid().Without("currentRegionCode").With("gridCode", code)).Ok();

        var delete = new HttpRequestMessage(HttpMethod.Delete, $"{Grids}/{code}").WithIfMatch(created.Headers.ETag!.Tag);
        var response = await _clerk.SendAsync(delete);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(1, (await response.Json()).GetProperty("persons").GetInt32());
    }
}
