using Xunit.Abstractions;

namespace Governance.CrashDrill.Tests;

/// <summary>The CI-sized crash drill: 90 seconds, 8 clients, PostgreSQL and the host killed twice each.</summary>
public sealed class CrashDrillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Acknowledged_writes_and_events_survive_two_postmaster_kills_and_two_host_kills()
    {
        var report = await Drill.RunAsync(new DrillOptions(TimeSpan.FromSeconds(90), Clients: 8, Seed: 7), output.WriteLine);
        output.WriteLine(report.ToString());

        Assert.Equal(0, report.Counters.OtherServerErrors);
        Assert.Equal(0, report.Counters.UnavailableWithoutRetryAfter);
        Assert.Equal(0, report.Counters.Unexpected);
        Assert.Empty(report.ClientFailures);
        Assert.Equal([Fault.Postgres, Fault.Postgres, Fault.Host, Fault.Host], report.Recoveries.Select(r => r.Event.Fault).Order());
        Assert.All(report.Recoveries.Where(r => r.Event.Fault == Fault.Postgres),
            r => Assert.InRange(r.ReadyAfterPostgres, TimeSpan.Zero, Report.MaxReadyAfterPostgres));
        Assert.True(report.Acknowledged > 0 && report.Referrals > 0 && report.Findings.EventsDelivered > 0, report.ToString());
        Assert.Equal(new Findings(report.Findings.EventsDelivered, 0, 0, 0, 0, 0, 0, 0), report.Findings);
        Assert.Empty(report.Failures);
    }
}
