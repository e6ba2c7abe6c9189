using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Governance.Testing;
using Npgsql;

namespace Governance.Modules.Registry.Benchmarks;

/// <summary>
/// Person creation through the API (validation, the transaction with its outbox and audit rows, the commit) at 1, 8 and
/// 16 clients, each level beside a raw baseline on the same database in the same minute: single-row INSERTs of a
/// person-sized row, each its own transaction. How creation scales with clients, next to how the raw insert scales, says
/// what the platform's own serialisation costs; the absolute rates say little on a shared machine.
/// </summary>
internal static class PersonThroughput
{
    private static readonly int[] ClientCounts = [1, 8, 16];
    private static int _sequence;

    public static async Task RunAsync(TimeSpan duration)
    {
        using var work = new TemporaryDirectory("registry-throughput");
        await using var database = await BenchmarkDatabase.StartAsync(work.Path);
        await using var host = await TestHost.StartAsync(Path.Combine(AppContext.BaseDirectory, "bench-plugins"), database.ConnectionString,
            new Dictionary<string, string?> { ["Outbox:PollInterval"] = "00:00:01", ["Logging:LogLevel:Default"] = "Warning" });
        var clerk = host.ClientAs(TestUsers.User("330106", null, "registry.persons.write"));
        await using var raw = NpgsqlDataSource.Create(database.ConnectionString);
        await using (var create = raw.CreateCommand(
            "CREATE TABLE raw_persons (id uuid PRIMARY KEY, citizen_id text UNIQUE, name text, address text, created_at timestamptz)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        await RateAsync(2, TimeSpan.FromSeconds(3), () => RegisterAsync(clerk));
        Console.WriteLine($"{duration.TotalSeconds:F0} s per measurement; 1-minute load average at the start: {Load()} (2 cores)");
        Console.WriteLine("| clients | person creation (API) /s | scaling from 1 client | raw INSERT /s | scaling from 1 client |");
        Console.WriteLine("|---|---|---|---|---|");
        double? apiAtOne = null, rawAtOne = null;
        foreach (var clients in ClientCounts)
        {
            var rawRate = await RateAsync(clients, duration, () => InsertAsync(raw));
            var apiRate = await RateAsync(clients, duration, () => RegisterAsync(clerk));
            apiAtOne ??= apiRate;
            rawAtOne ??= rawRate;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {clients} | {apiRate:F1} | {apiRate / apiAtOne:F2}× | {rawRate:F1} | {rawRate / rawAtOne:F2}× |"));
        }

        await host.App.StopAsync();
    }

    private static async Task<double> RateAsync(int clients, TimeSpan duration, Func<Task> operation)
    {
        var watch = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var done = 0;
            while (watch.Elapsed < duration)
            {
                await operation();
                done++;
            }

            return done;
        }));
        return counts.Sum() / watch.Elapsed.TotalSeconds;
    }

    private static async Task RegisterAsync(HttpClient clerk)
    {
        var response = await clerk.PostAsJsonAsync("/api/registry/persons", new Dictionary<string, object?>
        {
            ["citizenId"] = NextCitizenId(), ["name"] = "张三", ["ethnicity"] = "汉族", ["currentRegionCode"] = "330106002051",
            ["currentAddress"] = "北山街道保俶路 12 号", ["populationType"] = "Household",
        });
        response.EnsureSuccessStatusCode();
    }

    private static async Task InsertAsync(NpgsqlDataSource raw)
    {
        await using var insert = raw.CreateCommand("INSERT INTO raw_persons VALUES ($1, $2, $3, $4, now())");
        insert.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        insert.Parameters.Add(new NpgsqlParameter { Value = NextCitizenId() });
        insert.Parameters.Add(new NpgsqlParameter { Value = "张三" });
        insert.Parameters.Add(new NpgsqlParameter { Value = "北山街道保俶路 12 号" });
        await insert.ExecuteNonQueryAsync();
    }

    private static string NextCitizenId()
    {
        var n = Interlocked.Increment(ref _sequence);
        return CitizenIds.Create("330106", new DateOnly(1950, 1, 1).AddDays(n / 800), 100 + n % 800);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
