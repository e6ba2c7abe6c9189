using Governance.Modules.Registry.Application.Regions;
using Governance.Modules.Registry.Domain;
using Governance.Platform.Abstractions.Demo;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Identifiers;
using Npgsql;

namespace Governance.Modules.Registry.Application.Demo;

/// <summary>
/// Registry's share of the demo county: its division codes, a grid per village and the persons, loaded with binary
/// COPY in one transaction (batches of 50 000 keep memory bounded). No <c>registry.person-registered.v1</c> events
/// are written: the demo county is a starting state, not a million registrations for subscribers to replay; later
/// contributors get the ids from <see cref="DemoResidents"/>.
/// </summary>
internal sealed class RegistryDemoContributor(
    RegistryDbContext db, RegionImporter regions, NpgsqlDataSource dataSource, TimeProvider clock) : IDemoContributor
{
    private const int BatchSize = 50_000;

    public string ModuleId => "Registry";

    public async Task<string?> RefusalAsync(string countyCode, CancellationToken cancellationToken) =>
        await db.Persons.AnyAsync(p => p.ScopeCode.StartsWith(countyCode), cancellationToken)
            ? $"数据库中已有 {countyCode} 的实有人口，演示县只能建在没有该县人员的数据库上。"
            : null;

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
        var shares = persons.Shares(villages, county.Persons);
        var byVillage = new Dictionary<string, Guid[]>();
        var batch = new List<Person>(BatchSize);
        long done = 0;
        for (var v = 0; v < villages.Count; v++)
        {
            var ids = new Guid[shares[v]];
            for (var i = 0; i < ids.Length; i++)
            {
                var person = persons.Create(villages[v], grids[v]);
                ids[i] = person.Id;
                batch.Add(person);
                if (batch.Count == BatchSize)
                {
                    done += await db.CopyAsync(connection, batch, cancellationToken);
                    batch.Clear();
                    progress.Report(new DemoProgress("实有人口", done, county.Persons));
                }
            }

            byVillage[villages[v].Code] = ids;
        }

        done += await db.CopyAsync(connection, batch, cancellationToken);
        progress.Report(new DemoProgress("实有人口", done, county.Persons));
        await transaction.CommitAsync(cancellationToken);
        county.Share(new DemoResidents(byVillage, new Dictionary<string, Guid[]>(), new Dictionary<string, Guid[]>()));
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
