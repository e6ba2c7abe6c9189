using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Modules.Petitions.Benchmarks;
using Governance.Testing;

// Times what a county's petition desk does over a large table: one page of the filtered list, the annual statistics
// (GROUP BY in PostgreSQL) and the streaming CSV and XLSX exports of every row, through the API.
// Arguments: [rows = 100000]. GOVERNANCE_BENCH_CONNECTION = an existing server instead of the embedded one.
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var pluginsPath = Path.Combine(AppContext.BaseDirectory, "bench-plugins");
using var work = new TemporaryDirectory("petitions-bench");

await using var database = await BenchmarkDatabase.StartAsync(work.Path);
var connection = database.ConnectionString;

await using var host = await TestHost.StartAsync(pluginsPath, connection, new Dictionary<string, string?>
{
    ["Outbox:PollInterval"] = "00:00:01",
    ["Logging:LogLevel:Default"] = "Warning",
});
var clerk = host.ClientAs(TestUsers.User("330106", null, "petitions.read", "petitions.register", "petitions.route",
    "petitions.statistics", "registry.persons.write"));
clerk.Timeout = TimeSpan.FromMinutes(10);

var person = (await clerk.PostAsJsonAsync("/api/registry/persons", new Dictionary<string, object?>
{
    ["citizenId"] = CitizenIds.Next(), ["name"] = "王信访", ["ethnicity"] = "汉族", ["currentRegionCode"] = "330106002051",
    ["currentAddress"] = "北山街道保俶路 12 号", ["populationType"] = "Household",
}).Ok()).GetProperty("id").GetGuid();
var template = (await clerk.PostAsJsonAsync("/api/petitions", new
{
    channel = "Visit", category = "Claim", domain = "UrbanRuralConstruction", subject = "小区加装电梯费用分摊纠纷",
    content = "请求协调加装电梯费用分摊问题，一楼住户不同意出资，多次协商未果", regionCode = "330106002051",
    petitionerPersonIds = new[] { person }, headcount = 1,
}).Ok()).GetProperty("petition").GetProperty("id").GetGuid();

var watch = Stopwatch.StartNew();
await PetitionRows.CopyAsync(connection, template, rows);
Console.WriteLine($"filled petitions.petitions with {rows:N0} copies of a registered petition (channels, categories, states and " +
    $"dates varied) in {watch.Elapsed.TotalSeconds:F1} s");

var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
Console.WriteLine($"1-minute load average of the machine at the start: {load} (2 cores)");
await Time("list: page 1 of 20, filtered by state and text, sorted by due date",
    "/api/petitions?state=Accepted&q=电梯&sort=due&pageSize=20", clerk);
await Time("statistics of the year", "/api/petitions/statistics?from=2026-01-01&to=2026-12-31", clerk);
for (var round = 1; round <= 2; round++)
{
    await Time($"export CSV, every row (round {round})", "/api/petitions/export?format=Csv", clerk);
    await Time($"export XLSX, every row (round {round})", "/api/petitions/export?format=Xlsx", clerk);
}

await host.App.StopAsync();

static async Task Time(string what, string url, HttpClient client)
{
    GC.Collect();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    using var process = Process.GetCurrentProcess();
    var watch = Stopwatch.StartNew();
    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
    response.EnsureSuccessStatusCode();
    var firstByte = watch.Elapsed;
    await using var body = await response.Content.ReadAsStreamAsync();
    var (bytes, lines) = await Measure(body);
    var total = watch.Elapsed;
    process.Refresh();
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    Console.WriteLine($"{what}: {total.TotalSeconds:F2} s (first byte after {firstByte.TotalSeconds:F2} s), {bytes / 1e6:F1} MB" +
        (response.Content.Headers.ContentType?.MediaType == "text/csv" ? $", {lines - 1:N0} rows" : "") +
        $"; managed allocations {allocated / 1e6:F0} MB, peak working set of the process {process.PeakWorkingSet64 / 1e6:F0} MB");
}

static async Task<(long Bytes, long Lines)> Measure(Stream body)
{
    var buffer = new byte[81920];
    long bytes = 0, lines = 0;
    int read;
    while ((read = await body.ReadAsync(buffer)) > 0)
    {
        bytes += read;
        lines += buffer.AsSpan(0, read).Count((byte)'\n');
    }

    return (bytes, lines);
}
