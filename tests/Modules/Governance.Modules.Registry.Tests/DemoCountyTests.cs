using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Governance.Host.Demo;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Tests;

public sealed class DemoCountyTests(DemoCountyHost host) : IClassFixture<DemoCountyHost>
{
    private const string CitizenIdsInOrder = "SELECT citizen_id FROM registry.persons ORDER BY citizen_id";
    private const string PersonsInOrder =
        "SELECT concat_ws(' ', citizen_id, name, grid, current_address, phone) FROM registry.persons ORDER BY citizen_id";

    [Fact]
    public async Task Every_village_has_a_grid_with_a_boundary_and_the_persons_are_all_there()
    {
        var villages = await host.Count("SELECT count(*) FROM registry.regions WHERE code LIKE '330106%' AND right(code, 3) <> '000'");
        Assert.True(villages > 100);
        Assert.Equal(villages, await host.Count("SELECT count(*) FROM registry.grids WHERE boundary->>'type' = 'Polygon'"));
        Assert.Equal(DemoCountyHost.Arguments.Persons, await host.Count("SELECT count(*) FROM registry.persons"));
        Assert.Equal(0, await host.Count("SELECT count(*) FROM registry.persons p WHERE NOT EXISTS (SELECT 1 FROM registry.grids g WHERE g.code = p.grid)"));
    }

    [Fact]
    public async Task Citizen_ids_are_valid_unique_and_mostly_local()
    {
        var ids = await Sql.Column(host.Database, CitizenIdsInOrder);
        Assert.All(ids, id => Assert.True(CitizenId.TryParse(id, out _, out var error), $"{id}: {error?.Message}"));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var local = ids.Count(id => id.StartsWith(RegistryHost.County, StringComparison.Ordinal));
        Assert.InRange(local, ids.Count * 0.8, ids.Count * 0.92);
        Assert.InRange(await host.Count("SELECT count(*) FROM registry.persons WHERE birth_date < now() - interval '60 years'"),
            ids.Count * 0.12, ids.Count * 0.25);
    }

    [Fact]
    public async Task Households_have_a_house_and_units_valid_unique_credit_codes()
    {
        Assert.InRange(await host.Count("SELECT count(*) FROM registry.houses"), 800, 1_800);
        Assert.Equal(0, await host.Count("""
            SELECT count(*) FROM registry.houses h JOIN registry.persons p ON p.id = h.owner_person_id
            JOIN registry.addresses a ON a.id = h.address_id WHERE p.current_address <> a.full_text OR p.grid <> a.grid
            """));
        var codes = await Sql.Column(host.Database, "SELECT credit_code FROM registry.organisations");
        Assert.InRange(codes.Count, 40, 80);
        Assert.All(codes, code => Assert.True(UnifiedSocialCreditCode.TryParse(code, out _, out var error), $"{code}: {error?.Message}"));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public async Task Persons_read_back_through_the_api_in_their_village()
    {
        var rows = await Sql.Column(host.Database, "SELECT id || ' ' || current_region FROM registry.persons ORDER BY id LIMIT 5");
        foreach (var (id, region) in rows.Select(r => r.Split(' ')).Select(p => (p[0], p[1])))
        {
            var response = await host.ClientFor(region[..9]).GetAsync($"/api/registry/persons/{id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var person = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(region, person.GetProperty("currentRegionCode").GetString());
        }
    }

    [Fact]
    public async Task The_same_seed_builds_the_same_county_and_a_second_run_or_a_county_without_villages_is_refused()
    {
        Assert.Equal(1, await DemoCommand.RunAsync(host.Application, DemoCountyHost.Arguments));
        Assert.Equal(1, await DemoCommand.RunAsync(host.Application, DemoCountyHost.Arguments with { County = "110101" }));

        await using var twin = new DemoCountyHost();
        await twin.InitializeAsync();
        Assert.Equal(await HashAsync(host.Database), await HashAsync(twin.Database));
    }

    private static async Task<string> HashAsync(string database) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(",", await Sql.Column(database, PersonsInOrder)))));
}
