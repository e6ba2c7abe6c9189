using Governance.Modules.Registry.Domain;

namespace Governance.Modules.Registry.Application.Regions;

/// <summary>What an import of division codes did.</summary>
internal sealed record RegionImportReport(string Source, int Total, int Added, int Changed, int Unchanged);

/// <summary>Writes region rows idempotently: new codes are added, renamed ones changed, the rest left alone.</summary>
internal sealed class RegionImporter(RegistryDbContext db, TimeProvider clock)
{
    public const int Edition = 2023;

    // Two hosts starting together on one database take turns instead of both inserting.
    private const long LockKey = 0x5245_4749_4F4E;

    public async Task<RegionImportReport> ImportAsync(string source, IReadOnlyCollection<RegionRow> rows, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);

        var unique = rows.GroupBy(r => r.Code.Value).Select(g => g.Last()).ToList();
        var codes = unique.Select(r => r.Code.Value).ToList();
        var existing = await db.Regions.Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, ct);
        var now = clock.GetUtcNow();
        int added = 0, changed = 0;
        foreach (var row in unique)
        {
            var parent = row.Code.Parent?.Value;
            if (!existing.TryGetValue(row.Code.Value, out var region))
            {
                db.Regions.Add(new Region
                {
                    Code = row.Code.Value,
                    Prefix = row.Code.Prefix,
                    Name = row.Name,
                    Level = row.Code.Level,
                    ParentCode = parent,
                    Edition = Edition,
                    UpdatedAt = now,
                });
                added++;
            }
            else if (region.Name != row.Name || region.ParentCode != parent)
            {
                (region.Name, region.ParentCode, region.Edition, region.UpdatedAt) = (row.Name, parent, Edition, now);
                changed++;
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new RegionImportReport(source, unique.Count, added, changed, unique.Count - added - changed);
    }
}
