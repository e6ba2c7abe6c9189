using Governance.Platform.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Deadlines;

/// <summary>Adds each default rule whose code and qualifiers are not in the table yet; existing rules keep their values.</summary>
internal sealed class DeadlineRuleSeeder(PlatformDbContext db, ILogger<DeadlineRuleSeeder> logger) : IPlatformSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PlatformLocks.Seeding})", cancellationToken);
        var existing = (await db.Set<DeadlineRule>().Select(r => new { r.Code, r.Province, r.Level, r.Type }).ToListAsync(cancellationToken))
            .Select(r => DeadlineRule.Key(r.Code, r.Province, r.Level, r.Type))
            .ToHashSet();
        var missing = DefaultDeadlineRules.All().Where(r => !existing.Contains(DeadlineRule.Key(r.Code, r.Province, r.Level, r.Type))).ToList();
        db.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (missing.Count > 0)
        {
            logger.LogInformation("Seeded {Count} deadline rules", missing.Count);
        }
    }
}
