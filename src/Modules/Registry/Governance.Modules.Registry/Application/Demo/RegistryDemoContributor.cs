using Governance.Modules.Registry.Application.Regions;
using Governance.Modules.Registry.Domain;
using Governance.Platform.Abstractions.Demo;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Identifiers;
using Npgsql;

namespace Governance.Modules.Registry.Application.Demo;

/// <summary>
/// Registry's share of the demo county: its division codes, a grid per village, the persons, their addresses and
/// houses and the units, loaded with binary COPY in one transaction (batches of 50 000 persons keep memory bounded). No <c>registry.person-registered.v1</c> events
/// are written: the demo county is a starting state, not a million registrations for subscribers to replay; later
/// contributors get the ids from <see cref="DemoResidents"/>.
/// </summary>
internal sealed class RegistryDemoContributor(
    RegistryDbContext db, RegionImporter regions, NpgsqlDataSource dataSource, TimeProvider clock) : IDemoContributor
{
    private const int BatchSize = 50_000;

    // Household sizes weighted as in the 2020 census (average about 2.6).
    private static readonly int[] HouseholdSizes = [1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5];

    public string ModuleId => "Registry";

    public async Task<string?> RefusalAsync(string countyCode, CancellationToken cancellationToken)
    {
        if (!RegionCode.TryParse(countyCode, out var county, out _) || county.Level != RegionLevel.County || !RegionRows.HasVillages(county))
        {
            return $"内置区划中没有县级区划 {countyCode} 的村（社区），演示县只能建在附带村级代码的县（如 370114、330106）。";
        }

        return await db.Persons.AnyAsync(p => p.ScopeCode.StartsWith(county.ShortForm), cancellationToken)
            ? $"数据库中已有 {countyCode} 的实有人口，演示县只能建在没有该县人员的数据库上。"
            : null;
    }

    public async Task ContributeAsync(DemoCounty county, IProgress<DemoProgress> progress, CancellationToken cancellationToken)
    {
        var random = county.RandomFor(ModuleId);
        var code = RegionCode.Parse(county.CountyCode);
        var rows = RegionRows.Bundled(code);
        await regions.ImportAsync($"内置 2023 年区划代码（{code.ShortForm}）", rows, cancellationToken);
        var villages = Villages(rows);
        county.Share(new DemoRegions(villages));

        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var grids = DemoGrids.Create(villages, random, now);
        await db.CopyAsync(connection, grids, cancellationToken);

        var counties = rows.Where(r => r.Code.Level == RegionLevel.County).Select(r => r.Code).ToList();
        var persons = new DemoPersons(code, counties, random, now);
        var places = new DemoPlaces(code, rows.Single(r => r.Code == code).Name, random, now);
        var shares = persons.Shares(villages, county.Persons);
        var (personIds, houseIds, organisationIds) = (new Dictionary<string, Guid[]>(), new Dictionary<string, Guid[]>(), new Dictionary<string, Guid[]>());
        var batch = new DemoBatch(db, connection);
        long done = 0;
        for (var v = 0; v < villages.Count; v++)
        {
            var village = villages[v].Code;
            (personIds[village], houseIds[village], organisationIds[village]) =
                AddVillage(villages[v], grids[v], shares[v], persons, places, batch, random);
            if (batch.Persons.Count >= BatchSize)
            {
                done += await batch.FlushAsync(cancellationToken);
                progress.Report(new DemoProgress("实有人口、房屋、单位", done, county.Persons));
            }
        }

        done += await batch.FlushAsync(cancellationToken);
        progress.Report(new DemoProgress("实有人口、房屋、单位", done, county.Persons));
        await transaction.CommitAsync(cancellationToken);
        county.Share(new DemoResidents(personIds, houseIds, organisationIds));
    }

    /// <summary>The village's households (1–5 persons at one address in one house) and a unit per 40 residents.</summary>
    private static (Guid[] Persons, Guid[] Houses, Guid[] Organisations) AddVillage(
        DemoVillage village, Grid grid, int count, DemoPersons persons, DemoPlaces places, DemoBatch batch, Random random)
    {
        var personIds = new List<Guid>(count);
        var houseIds = new List<Guid>(count / 2);
        while (personIds.Count < count)
        {
            var address = places.Address(grid, DemoAddresses.Home(random, village.TownshipName, village.Name));
            var size = Math.Min(count - personIds.Count, HouseholdSizes[random.Next(HouseholdSizes.Length)]);
            for (var i = 0; i < size; i++)
            {
                var person = persons.Create(grid, address.FullText);
                batch.Persons.Add(person);
                personIds.Add(person.Id);
            }

            var house = places.House(address, personIds[^size], !DemoAddresses.IsCommunity(village.Name));
            batch.Addresses.Add(address);
            batch.Houses.Add(house);
            houseIds.Add(house.Id);
        }

        // Rounded at random, so that small villages have a unit now and then.
        var organisationIds = new Guid[(int)(count / 40.0 + random.NextDouble())];
        for (var i = 0; i < organisationIds.Length; i++)
        {
            var address = places.Address(grid, DemoAddresses.Home(random, village.TownshipName, village.Name));
            var organisation = places.Organisation(address, DemoAddresses.Short(village.Name), personIds[random.Next(personIds.Count)]);
            batch.Addresses.Add(address);
            batch.Organisations.Add(organisation);
            organisationIds[i] = organisation.Id;
        }

        return ([.. personIds], [.. houseIds], organisationIds);
    }

    private static List<DemoVillage> Villages(List<RegionRow> rows)
    {
        var townships = rows.Where(r => r.Code.Level == RegionLevel.Township).ToDictionary(r => r.Code.Prefix, r => r.Name);
        return rows.Where(r => r.Code.Level == RegionLevel.Village)
            .OrderBy(r => r.Code.Value, StringComparer.Ordinal)
            .Select(r => new DemoVillage(r.Code.Value, r.Name, r.Code.Value[..9], townships[r.Code.Value[..9]]))
            .ToList();
    }
}
