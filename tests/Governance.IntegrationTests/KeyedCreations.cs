using System.Net.Http.Json;

namespace Governance.IntegrationTests;

/// <summary>
/// Every creation endpoint of the modules that accepts an Idempotency-Key: a fresh valid body for the i-th key, and a
/// count of the records it creates.
/// </summary>
internal static class KeyedCreations
{
    public static readonly string[] Permissions =
    [
        "registry.grids.write", "registry.persons.write", "registry.persons.read", "registry.persons.merge", "registry.places.write",
        "petitions.register", "petitions.read", "mediation.register", "mediation.read", "platform.personal-data.view",
    ];

    public static readonly IReadOnlyDictionary<string, Creation> All = new Dictionary<string, Creation>
    {
        ["/api/registry/grids"] = new("SELECT count(*) FROM registry.grids",
            c => Task.FromResult<object>(new { villageCode = CountyHost.Shangbao, sequence = 500 + c.Index, name = $"并发网格{c.Index}" })),
        ["/api/registry/persons"] = new("SELECT count(*) FROM registry.persons", c => Task.FromResult<object>(Person(c.Index))),
        ["/api/registry/persons/merges"] = new("SELECT count(*) FROM registry.person_merges", async c => new
        {
            survivorId = await c.PersonAsync(), duplicateId = await c.PersonAsync(), keepDuplicateCitizenId = false, reason = "同一人重复登记",
        }),
        ["/api/registry/addresses"] = new("SELECT count(*) FROM registry.addresses", c => Task.FromResult<object>(Address(c.Index))),
        ["/api/registry/houses"] = new("SELECT count(*) FROM registry.houses", async c => new
        {
            addressId = await c.CreateAsync("/api/registry/addresses", Address(100 + c.Index)), type = "Residential", isRental = true, rooms = 2,
        }),
        ["/api/registry/organisations"] = new("SELECT count(*) FROM registry.organisations", c => Task.FromResult<object>(new
        {
            name = $"杭州并发{c.Index}有限公司", creditCode = CreditCodes.Next(), regionCode = CountyHost.Shangbao,
        })),
        ["/api/petitions"] = new("SELECT count(*) FROM petitions.petitions", async c => new
        {
            channel = "Visit", category = "Claim", domain = "UrbanRuralConstruction", subject = $"排水管渗漏{c.Index}",
            content = "楼上住户排水管渗漏至我家，请求处理", regionCode = CountyHost.Shangbao,
            petitionerPersonIds = new[] { await c.PersonAsync() }, headcount = 1,
        }),
        ["/api/mediation/disputes"] = new("SELECT count(*) FROM mediation.disputes", async c => new
        {
            source = "Application", type = "CivilFamilyNeighbour", matter = "Neighbours", subject = $"邻里排水纠纷{c.Index}",
            occurredOn = "2026-08-30", regionCode = CountyHost.Shangbao, headcount = 2, risk = "Low",
            parties = new object[]
            {
                new { personId = await c.PersonAsync(), role = "Applicant" }, new { personId = await c.PersonAsync(), role = "Respondent" },
            },
        }),
    };

    private static Dictionary<string, object?> Person(int index) => new()
    {
        ["citizenId"] = CitizenIds.Next(), ["name"] = "并发" + "甲乙丙丁戊己庚辛壬癸"[index % 10], ["ethnicity"] = "汉族", ["currentRegionCode"] = CountyHost.Shangbao,
        ["currentAddress"] = "北山街道保俶路 12 号", ["populationType"] = "Household",
    };

    private static object Address(int index) =>
        new { code = $"burst-{Guid.NewGuid():N}", fullText = $"北山街道保俶路 {index} 号", regionCode = CountyHost.Shangbao };

    internal sealed record Creation(string CountSql, Func<Context, Task<object>> Body);

    internal sealed record Context(HttpClient Clerk, int Index)
    {
        public Task<Guid> PersonAsync() => CreateAsync("/api/registry/persons", Person(Index));

        public async Task<Guid> CreateAsync(string endpoint, object body) =>
            (await Clerk.PostAsJsonAsync(endpoint, body).Ok()).GetProperty("id").GetGuid();
    }
}
