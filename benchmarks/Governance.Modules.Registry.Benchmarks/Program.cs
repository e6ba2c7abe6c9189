using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Modules.Registry.Benchmarks;
using Governance.Testing;

// Times the bulk import of a generated person ledger end to end: upload through the API (202), the background
// worker's streaming validation, binary COPY into staging, set-based checks and the merge into registry.persons.
// Arguments: [rows = 1000000]. GOVERNANCE_BENCH_CONNECTION = an existing server instead of the embedded one.
// `throughput [seconds = 20]` instead times person creation at 1, 8 and 16 clients beside a raw INSERT (PersonThroughput).
if (args is ["throughput", ..])
{
    await PersonThroughput.RunAsync(TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20));
    return;
}

var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var pluginsPath = Path.Combine(AppContext.BaseDirectory, "bench-plugins");
using var work = new TemporaryDirectory("registry-bench");

var villages = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "villages-330106.csv")).Skip(1)
    .Select(l => l.Split(',')[0]).ToList();
var ledger = Path.Combine(work.Path, "ledger.csv");
var watch = Stopwatch.StartNew();
var invalid = LedgerGenerator.Write(ledger, rows, villages);
Console.WriteLine($"generated {rows:N0} rows ({invalid:N0} invalid on purpose, {new FileInfo(ledger).Length / 1e6:F1} MB) in {watch.Elapsed.TotalSeconds:F1} s");

await using var database = await BenchmarkDatabase.StartAsync(work.Path);
var connection = database.ConnectionString;

await using var host = await TestHost.StartAsync(pluginsPath, connection,
    new Dictionary<string, string?>
    {
        ["Modules:Registry:ImportFolder"] = Path.Combine(work.Path, "uploads"),

        // The production relay interval, not the test host's 50 ms.
        ["Outbox:PollInterval"] = "00:00:01",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Governance.Modules.Registry"] = "Information",
    });
var client = host.ClientAs(TestUsers.User("330106", "gaj", "registry.persons.import"));
client.Timeout = TimeSpan.FromMinutes(10);

var cpu = new CpuTime(database.DataDirectory);
for (var run = 1; run <= 2; run++)
{
    var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
    var cpuBefore = cpu.Now();
    watch.Restart();
    await using var file = File.OpenRead(ledger);
    var content = new MultipartFormDataContent { { new StreamContent(file), "file", "ledger.csv" } };
    var accepted = await client.PostAsync("/api/registry/persons/imports", content);
    accepted.EnsureSuccessStatusCode();
    var uploaded = watch.Elapsed;
    var location = accepted.Headers.Location!.OriginalString;
    JsonElement import;
    do
    {
        await Task.Delay(500);
        import = await client.GetFromJsonAsync<JsonElement>(location + "?pageSize=1");
    }
    while (import.GetProperty("state").GetString() is "Queued" or "Running");

    var total = watch.Elapsed;
    var cpuAfter = cpu.Now();
    var started = import.GetProperty("startedAt").GetDateTimeOffset();
    var finished = import.GetProperty("finishedAt").GetDateTimeOffset();
    Console.WriteLine(
        $"run {run} ({(run == 1 ? "empty table: inserts" : "same file again: nothing changes")}): state {import.GetProperty("state").GetString()}, " +
        $"read {Int(import, "rowsRead")}, valid {Int(import, "rowsValid")}, invalid {Int(import, "rowsInvalid")}, " +
        $"inserted {Int(import, "inserted")}, updated {Int(import, "updated")}, unchanged {Int(import, "unchanged")}, " +
        $"row errors {import.GetProperty("errors").GetProperty("total").GetInt32():N0}");
    Console.WriteLine(
        $"  upload until 202: {uploaded.TotalSeconds:F1} s; import (worker start → commit): {(finished - started).TotalSeconds:F1} s; " +
        $"upload + import: {total.TotalSeconds:F1} s; {rows / total.TotalSeconds:N0} rows/s");
    Console.WriteLine(
        $"  CPU used: host process {cpuAfter.Host - cpuBefore.Host:F1} s, PostgreSQL {cpuAfter.Database - cpuBefore.Database:F1} s; " +
        $"1-minute load average of the machine at the start: {load} (2 cores)");
    if (import.GetProperty("error").GetString() is { } error)
    {
        Console.WriteLine($"  error: {error}");
    }
}

await host.App.StopAsync();

static string Int(JsonElement import, string name) => import.GetProperty(name).GetInt32().ToString("N0", CultureInfo.InvariantCulture);
