using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Modules.Registry.Tests;

/// <summary>一标三实: standard addresses, houses (with rental houses) and units.</summary>
public sealed class PlaceTests(RegistryHost host) : IClassFixture<RegistryHost>
{
    // Both check characters valid: GB 11714 (position 17) and GB 32100 (position 18).
    private const string CreditCode = "91330106MA2B0ABC6H";

    private readonly HttpClient _clerk = host.ClientFor(RegistryHost.Beishan);

    [Fact]
    public async Task Address_house_and_unit_crud_with_events_jurisdiction_and_etags()
    {
        var address = await _clerk.PostAsJsonAsync("/api/registry/addresses",
            new { code = "3301060020510001", fullText = "杭州市西湖区北山街道保俶路 1 号", regionCode = RegistryHost.Shangbao }).Ok();
        var addressId = address.GetProperty("id").GetGuid();
        Assert.Equal(RegistryHost.Shangbao, address.GetProperty("scopeCode").GetString());
        var duplicateCode = await _clerk.PostAsJsonAsync("/api/registry/addresses",
            new { code = "3301060020510001", fullText = "重复", regionCode = RegistryHost.Shangbao });
        Assert.Equal(addressId, (await duplicateCode.Json()).GetProperty("existingId").GetGuid());

        var owner = (await _clerk.PostAsJsonAsync("/api/registry/persons", PersonBodies.Valid()).Ok()).GetProperty("id").GetGuid();
        var created = await _clerk.PostAsJsonAsync("/api/registry/houses",
            new { addressId, type = "Residential", ownerPersonId = owner, isRental = true, rooms = 3, area = 89.5 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var house = await created.Json();
        Assert.Equal("住宅", house.GetProperty("typeName").GetString());
        Assert.Equal(1L, await host.Count(
            "SELECT count(*) FROM registry.outbox_messages WHERE type = 'registry.house-registered.v1' AND payload->>'houseId' = $1",
            house.GetProperty("id").GetString()!));
        var rentals = await _clerk.GetFromJsonAsync<JsonElement>($"/api/registry/houses?isRental=true&addressId={addressId}");
        Assert.Equal(1, rentals.GetProperty("total").GetInt32());

        var unit = await _clerk.PostAsJsonAsync("/api/registry/organisations",
            new { name = "杭州某某科技有限公司", creditCode = CreditCode, addressId, legalRepresentativePersonId = owner, regionCode = RegistryHost.Shangbao });
        Assert.Equal(HttpStatusCode.Created, unit.StatusCode);
        Assert.Equal("Enterprise", (await unit.Json()).GetProperty("type").GetString());
        var again = await _clerk.PostAsJsonAsync("/api/registry/organisations",
            new { name = "重复登记", creditCode = CreditCode.ToLowerInvariant(), regionCode = RegistryHost.Shangbao });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var neighbour = host.ClientFor(RegistryHost.Xixi);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/api/registry/addresses/{addressId}")).StatusCode);
        Assert.Equal(0, (await neighbour.GetFromJsonAsync<JsonElement>("/api/registry/organisations?name=某某科技")).GetProperty("total").GetInt32());

        var read = await _clerk.GetAsync($"/api/registry/addresses/{addressId}");
        var moved = await _clerk.PutJson($"/api/registry/addresses/{addressId}",
            new { fullText = "杭州市西湖区北山街道保俶路 1 号（新）", regionCode = "330106002052" }, read.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("330106002052", await Governance.Testing.Sql.Scalar<string>(host.Database,
            "SELECT scope_code FROM registry.houses WHERE id = $1", house.GetProperty("id").GetGuid()));

        var inUse = new HttpRequestMessage(HttpMethod.Delete, $"/api/registry/addresses/{addressId}").WithIfMatch(moved.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await _clerk.SendAsync(inUse)).StatusCode);
    }

    [Theory]
    [InlineData("91330106MA2B0ABC61", "第18位校验码")]
    [InlineData("91330106MA2B0ABCIH", "I、O、S、V、Z")]
    [InlineData("9133010", "18 位")]
    public async Task Credit_codes_are_checked_with_both_check_characters(string code, string expected)
    {
        var response = await _clerk.PostAsJsonAsync("/api/registry/organisations",
            new { name = "某单位", creditCode = code, regionCode = RegistryHost.Shangbao });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Json()).FieldErrors("creditCode")[0]);
    }

    [Fact]
    public async Task Houses_need_an_existing_address_and_owner_and_places_need_the_permission()
    {
        var problem = await (await _clerk.PostAsJsonAsync("/api/registry/houses",
            new { addressId = Guid.NewGuid(), type = "Shop", ownerPersonId = Guid.NewGuid(), isRental = false, rooms = -1 })).Json();
        Assert.Contains("标准地址不存在", problem.FieldErrors("addressId")[0]);
        Assert.Contains("房主不在实有人口中", problem.FieldErrors("ownerPersonId")[0]);
        Assert.NotEmpty(problem.FieldErrors("rooms"));

        var reader = host.ClientWith(RegistryHost.Beishan, "registry.places.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync("/api/registry/addresses",
            new { code = "X1", fullText = "x", regionCode = RegistryHost.Shangbao })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/registry/addresses")).StatusCode);
    }
}
