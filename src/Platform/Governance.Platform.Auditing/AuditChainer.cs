using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Governance.Platform.Auditing;

/// <summary>
/// Links committed, unlinked audit rows into the hash chain, oldest id first, every <see cref="AuditOptions.ChainInterval"/>
/// and before every verification. Commands commit their rows unlinked and in parallel; only this step is serial, under a
/// transaction-scoped advisory lock, so chainers in several hosts never fork the chain. A row whose transaction commits
/// after a younger one was linked is simply linked later: the chain's order is the order rows were linked in.
/// </summary>
internal sealed class AuditChainer(IServiceScopeFactory scopes, IOptions<AuditOptions> options, ILogger<AuditChainer> logger)
    : BackgroundService
{
    private const int BatchSize = 500;

    /// <summary>Links every row committed by now; answers how many it linked.</summary>
    public async Task<int> ChainAsync(CancellationToken cancellationToken)
    {
        var linked = 0;
        int batch;
        do
        {
            batch = await ChainBatchAsync(cancellationToken);
            linked += batch;
        }
        while (batch == BatchSize);

        return linked;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ChainInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ChainAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Linking the audit chain failed; the rows stay unlinked until the next try");
            }
        }
    }

    private async Task<int> ChainBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PlatformLocks.AuditChain})", cancellationToken);
        var records = db.Set<AuditRecord>();
        var head = await records.AsNoTracking().Where(r => r.Sequence != null).OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hash }).FirstOrDefaultAsync(cancellationToken);
        var unlinked = await records.Where(r => r.Hash == null).OrderBy(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var (sequence, previousHash) = (head?.Sequence ?? 0, head?.Hash ?? AuditHash.Genesis);
        foreach (var record in unlinked)
        {
            previousHash = record.LinkAfter(++sequence, previousHash).Hash!;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return unlinked.Count;
    }
}
