namespace Governance.CrashDrill;

/// <summary>
/// Starts a host, lets the clients work while the chaos schedule kills PostgreSQL and the host, then verifies what the
/// clients were acknowledged against what the host keeps.
/// </summary>
internal static class Drill
{
    // However long recovery takes, a drill that has not finished by then is stuck.
    private static readonly TimeSpan Overrun = TimeSpan.FromMinutes(5);

    public static async Task<Report> RunAsync(DrillOptions options, Action<string> log)
    {
        var counters = new Counters();
        var ledger = new Ledger();
        using var giveUp = new CancellationTokenSource(options.Duration + Overrun);
        await using var host = await HostProcess.StartAsync(giveUp.Token);
        log($"host on {host.BaseAddress}, PostgreSQL on port {host.DatabasePort}, folder {host.Folder}");

        var apis = Enumerable.Range(0, options.Clients).Select(_ => new Api(host.BaseAddress, counters, giveUp.Token)).ToList();
        using var administrator = new Api(host.BaseAddress, counters, giveUp.Token);
        try
        {
            await Accounts.SignInAdministratorAsync(administrator, counters);
            var token = await Accounts.CreateClerkAsync(administrator, apis[0], counters);
            apis.ForEach(api => api.Token = token);

            using var stop = new CancellationTokenSource(options.Duration);
            var clients = apis.Select((api, i) => new Client(i, options.Seed, api, counters, ledger).RunAsync(stop.Token)).ToList();
            var recoveries = await ChaosSchedule.RunAsync(host, ChaosSchedule.For(options.Duration, options.Seed), log, giveUp.Token);
            var clientFailures = new List<string>();
            foreach (var (client, i) in clients.Select((c, i) => (c, i)))
            {
                try
                {
                    await client;
                }
                catch (DrillFailure failure)
                {
                    clientFailures.Add($"client {i}: {failure.Message}");
                }
            }

            log($"clients stopped after {ledger.Creations.Count} acknowledged creations; verifying");
            await using var database = new Database(host.ConnectionString());
            var findings = await Verification.RunAsync(ledger, apis[0], administrator, counters, database);
            return new Report(options, counters, ledger.Creations.Count, ledger.Referrals.Count, recoveries, findings, clientFailures);
        }
        finally
        {
            apis.ForEach(api => api.Dispose());
        }
    }
}
