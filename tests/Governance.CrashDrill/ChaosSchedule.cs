using System.Diagnostics;

namespace Governance.CrashDrill;

internal enum Fault
{
    /// <summary>SIGKILL of the embedded cluster's postmaster; the host's supervisor starts it again.</summary>
    Postgres,

    /// <summary>SIGKILL of the host, its postmaster left running as an orphan; the drill starts the host again.</summary>
    Host,
}

internal sealed record ChaosEvent(TimeSpan At, Fault Fault);

/// <summary>
/// One fault and how the service came back: <see cref="Outage"/> from the kill to the host's readiness,
/// <see cref="ReadyAfterPostgres"/> from a new postmaster accepting connections to the host's readiness.
/// </summary>
internal sealed record Recovery(ChaosEvent Event, TimeSpan Outage, TimeSpan ReadyAfterPostgres);

/// <summary>Two postmaster kills and two host kills, spread over the run in an order and at moments the seed picks.</summary>
internal static class ChaosSchedule
{
    private static readonly TimeSpan HostRestartPause = TimeSpan.FromSeconds(1);

    public static IReadOnlyList<ChaosEvent> For(TimeSpan duration, int seed)
    {
        var random = new Random(seed);
        Fault[] faults = random.Next(2) == 0
            ? [Fault.Postgres, Fault.Host, Fault.Postgres, Fault.Host]
            : [Fault.Host, Fault.Postgres, Fault.Host, Fault.Postgres];
        // At 1/5 … 4/5 of the run, each moved by up to 1/20 of it: every outage is over before the clients stop.
        return faults.Select((fault, i) =>
            new ChaosEvent(duration * (i + 1) / 5 + duration * (random.NextDouble() - 0.5) / 10, fault)).ToList();
    }

    public static async Task<IReadOnlyList<Recovery>> RunAsync(
        HostProcess host, IReadOnlyList<ChaosEvent> events, Action<string> log, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var recoveries = new List<Recovery>();
        foreach (var chaos in events)
        {
            if (chaos.At > clock.Elapsed)
            {
                await Task.Delay(chaos.At - clock.Elapsed, ct);
            }

            log($"{clock.Elapsed:mm\\:ss} kill -9 {chaos.Fault}");
            var recovery = chaos.Fault == Fault.Postgres ? await KillPostgresAsync(host, chaos, ct) : await KillHostAsync(host, chaos, ct);
            log($"{clock.Elapsed:mm\\:ss} ready again after {recovery.Outage.TotalSeconds:0.0} s, " +
                $"{recovery.ReadyAfterPostgres.TotalSeconds:0.0} s after PostgreSQL");
            recoveries.Add(recovery);
        }

        return recoveries;
    }

    private static async Task<Recovery> KillPostgresAsync(HostProcess host, ChaosEvent chaos, CancellationToken ct)
    {
        var outage = Stopwatch.StartNew();
        var postgresBack = await PostgresBackAsync(host, host.KillPostmaster(), ct);
        await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(2), ct);
        return new Recovery(chaos, outage.Elapsed, Stopwatch.GetElapsedTime(postgresBack));
    }

    private static async Task<Recovery> KillHostAsync(HostProcess host, ChaosEvent chaos, CancellationToken ct)
    {
        var outage = Stopwatch.StartNew();
        host.KillHost();
        await Task.Delay(HostRestartPause, ct);
        // The orphaned postmaster still answers: "PostgreSQL back" is the one the new host starts after stopping it.
        var postgresBack = PostgresBackAsync(host, host.RunningPostmaster() ?? 0, ct);
        await host.RestartAsync(ct);
        return new Recovery(chaos, outage.Elapsed, Stopwatch.GetElapsedTime(await postgresBack));
    }

    /// <summary>When a postmaster other than <paramref name="gone"/> accepts connections, as a <see cref="Stopwatch"/> timestamp.</summary>
    private static async Task<long> PostgresBackAsync(HostProcess host, int gone, CancellationToken ct)
    {
        await host.WaitForPostgresAsync(gone, ct);
        return Stopwatch.GetTimestamp();
    }
}
