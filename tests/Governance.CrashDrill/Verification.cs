using System.Diagnostics;
using System.Text.Json;

namespace Governance.CrashDrill;

/// <summary>What the ledger says against what the host and its database hold once the chaos is over.</summary>
internal sealed record Findings(
    long EventsDelivered, long LostWrites, long Duplicates, long ReplaysNotMatching, long HalfWritten, long StuckEvents, long EventsNotOnce, long DeadLetters);

internal static class Verification
{
    private static readonly TimeSpan OutboxGrace = TimeSpan.FromSeconds(60);
    private const int ReplayConcurrency = 8;

    public static async Task<Findings> RunAsync(Ledger ledger, Api clerk, Api administrator, Counters counters, Database database)
    {
        var stuck = await DrainOutboxAsync(database);
        var replaysNotMatching = await ReplayAsync(ledger, clerk, counters);
        var (lost, duplicates) = await CompareRowsAsync(ledger, database);
        var halfWritten = await HalfWrittenAsync(ledger, clerk, counters, database);
        var deadLetters = Api.Ok(await administrator.GetAsync("/api/platform/outbox/dead-letters?limit=1"), counters)
            .GetProperty("total").GetInt64();
        return new Findings(await database.DeliveredAsync(), lost, duplicates, replaysNotMatching, halfWritten, stuck, await database.DeliveriesNotInboxedOnceAsync(), deadLetters);
    }

    // The last referrals and settlements may still be on their way when the clients stop.
    private static async Task<long> DrainOutboxAsync(Database database)
    {
        var waited = Stopwatch.StartNew();
        while (await database.UndeliveredAsync() is var undelivered and > 0)
        {
            if (waited.Elapsed > OutboxGrace)
            {
                return undelivered;
            }

            await Task.Delay(500);
        }

        return 0;
    }

    /// <summary>Every acknowledged creation sent once more with its key and body: it must answer the same record.</summary>
    private static async Task<long> ReplayAsync(Ledger ledger, Api clerk, Counters counters)
    {
        var notMatching = 0L;
        await Parallel.ForEachAsync(ledger.Creations, new ParallelOptions { MaxDegreeOfParallelism = ReplayConcurrency }, async (creation, _) =>
        {
            var replay = Api.Ok(await clerk.PostAsync(creation.Endpoint, creation.Body, creation.Key), counters);
            var record = replay.TryGetProperty("petition", out var petition) ? petition : replay;
            if (record.GetProperty("id").GetGuid() != creation.Id)
            {
                Interlocked.Increment(ref notMatching);
            }
        });
        return notMatching;
    }

    /// <summary>Acknowledged records missing from their tables, and records there that no acknowledgement accounts for.</summary>
    private static async Task<(long Lost, long Duplicates)> CompareRowsAsync(Ledger ledger, Database database)
    {
        var (lost, duplicates) = (0L, 0L);
        foreach (var (kind, sql) in new[]
                 {
                     (RecordKind.Person, "SELECT id FROM registry.persons"),
                     (RecordKind.Petition, "SELECT id FROM petitions.petitions"),
                     (RecordKind.Dispute, "SELECT id FROM mediation.disputes WHERE source_module IS NULL"),
                 })
        {
            var acknowledged = ledger.Creations.Where(c => c.Kind == kind).Select(c => c.Id).ToHashSet();
            var rows = await database.IdsAsync(sql);
            lost += acknowledged.Except(rows).Count();
            duplicates += rows.Count - rows.Intersect(acknowledged).Count();
        }

        var referred = ledger.Referrals.Select(r => r.DisputeId).ToHashSet();
        var fromReferrals = await database.IdsAsync("SELECT id FROM mediation.disputes WHERE source_module = 'Petitions'");
        lost += referred.Except(fromReferrals).Count();
        duplicates += fromReferrals.Count - fromReferrals.Intersect(referred).Count();
        return (lost, duplicates);
    }

    /// <summary>
    /// Records not in the state their acknowledged steps left them in: a keyed dispute without both parties, a referred
    /// petition without its dispute, a settled one not answered from the settlement, an unsettled one answered.
    /// </summary>
    private static async Task<long> HalfWrittenAsync(Ledger ledger, Api clerk, Counters counters, Database database)
    {
        var halfWritten = await database.CountAsync(
            "SELECT count(*) FROM mediation.disputes d WHERE (SELECT count(*) FROM mediation.parties p WHERE p.dispute_id = d.id) <> 2 " +
            "AND d.source_module IS NULL");
        foreach (var referral in ledger.Referrals)
        {
            var petition = Api.Ok(await clerk.GetAsync($"/api/petitions/{referral.PetitionId}"), counters).GetProperty("petition");
            var referrals = petition.GetProperty("referrals");
            var linked = referrals.GetProperty("disputeId").ValueKind == JsonValueKind.String
                && referrals.GetProperty("disputeId").GetGuid() == referral.DisputeId;
            var answered = petition.GetProperty("state").GetString() == "Answered"
                && referrals.GetProperty("mediationOutcome").GetString() == "Settled";
            if (!linked || answered != referral.Settled)
            {
                halfWritten++;
            }
        }

        return halfWritten;
    }
}
