using System.Text;

namespace Governance.CrashDrill;

/// <summary>The drill's figures, and the requirements they break.</summary>
internal sealed record Report(
    DrillOptions Options, Counters Counters, int Acknowledged, int Referrals, IReadOnlyList<Recovery> Recoveries, Findings Findings,
    IReadOnlyList<string> ClientFailures)
{
    public static readonly TimeSpan MaxReadyAfterPostgres = TimeSpan.FromSeconds(10);

    public IReadOnlyList<string> Failures
    {
        get
        {
            var failures = new List<string>(ClientFailures);
            void Require(bool met, string requirement)
            {
                if (!met)
                {
                    failures.Add(requirement);
                }
            }

            Require(Counters.OtherServerErrors == 0, "no 5xx but 503");
            Require(Counters.UnavailableWithoutRetryAfter == 0, "every 503 with Retry-After");
            Require(Counters.Unexpected == 0, "no unexpected answer");
            Require(Recoveries.Count(r => r.Event.Fault == Fault.Postgres) == 2 && Recoveries.Count(r => r.Event.Fault == Fault.Host) == 2,
                "PostgreSQL killed twice and the host twice");
            Require(Recoveries.Where(r => r.Event.Fault == Fault.Postgres).All(r => r.ReadyAfterPostgres <= MaxReadyAfterPostgres),
                $"host ready within {MaxReadyAfterPostgres.TotalSeconds} s of PostgreSQL returning");
            var f = Findings;
            Require(f.LostWrites == 0, "no acknowledged write lost");
            Require(f.Duplicates == 0, "no record twice");
            Require(f.ReplaysNotMatching == 0, "keyed replays answer the first record");
            Require(f.HalfWritten == 0, "no half-written record");
            Require(f.StuckEvents == 0, "every event delivered");
            Require(f.EventsNotOnce == 0, "every event handled exactly once");
            Require(f.DeadLetters == 0, "nothing dead-lettered");
            return failures;
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"crash drill: {Options.Duration.TotalSeconds:0} s, {Options.Clients} clients, seed {Options.Seed}");
        text.AppendLine($"  requests sent            {Counters.Requests}");
        text.AppendLine($"  writes acknowledged      {Acknowledged} creations, {Referrals} petitions referred to mediation");
        text.AppendLine($"  503 (database down)      {Counters.Unavailable}, of them without Retry-After {Counters.UnavailableWithoutRetryAfter}");
        text.AppendLine($"  5xx other than 503       {Counters.OtherServerErrors}");
        text.AppendLine($"  connection errors        {Counters.ConnectionErrors} (host down)");
        text.AppendLine($"  unexpected answers       {Counters.Unexpected}");
        foreach (var r in Recoveries)
        {
            text.AppendLine($"  kill -9 {r.Event.Fault,-8} at {r.Event.At.TotalSeconds,5:0} s  ready after {r.Outage.TotalSeconds,5:0.0} s, " +
                $"{r.ReadyAfterPostgres.TotalSeconds:0.0} s after PostgreSQL was back");
        }

        var f = Findings;
        text.AppendLine($"  events delivered         {f.EventsDelivered} (handler deliveries between the modules)");
        text.AppendLine($"  lost writes              {f.LostWrites}");
        text.AppendLine($"  duplicates               {f.Duplicates}");
        text.AppendLine($"  replays not matching     {f.ReplaysNotMatching} (keyed creations sent again that answered another record)");
        text.AppendLine($"  half-written records     {f.HalfWritten}");
        text.AppendLine($"  stuck events             {f.StuckEvents}");
        text.AppendLine($"  events not handled once  {f.EventsNotOnce}");
        text.AppendLine($"  dead letters             {f.DeadLetters}");

        var failures = Failures;
        text.Append(failures.Count == 0 ? "PASSED" : "FAILED: " + string.Join("; ", failures));
        return text.ToString();
    }
}
