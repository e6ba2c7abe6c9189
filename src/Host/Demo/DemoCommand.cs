using System.Diagnostics;
using Governance.Host.Modules;
using Governance.Platform.Abstractions.Demo;
using Spectre.Console;

namespace Governance.Host.Demo;

/// <summary>
/// <c>--seed-demo</c>: migrates, then lets every enabled module's <see cref="IDemoContributor"/> build its share of
/// the demo county in the modules' dependency order, with a progress bar and the time each took.
/// </summary>
public static class DemoCommand
{
    /// <summary>The exit code: 0 when built, 1 when a contributor refused (the county is already there).</summary>
    public static async Task<int> RunAsync(GovernanceApplication application, DemoArguments arguments, CancellationToken ct = default)
    {
        await application.MigrateAsync(ct);
        await using var scope = application.App.Services.CreateAsyncScope();
        var order = application.Runtime.Modules.Select(m => m.Id).ToList();
        var contributors = scope.ServiceProvider.GetServices<IDemoContributor>().OrderBy(c => order.IndexOf(c.ModuleId)).ToList();
        foreach (var contributor in contributors)
        {
            if (await contributor.RefusalAsync(arguments.County, ct) is { } refusal)
            {
                Console.Error.WriteLine($"Governance: {refusal}");
                return 1;
            }
        }

        var county = new DemoCounty(arguments.County, arguments.Seed, arguments.Persons);
        var total = Stopwatch.StartNew();
        var times = new List<(string Module, TimeSpan Time)>();
        await AnsiConsole.Progress().Columns(
                new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                foreach (var contributor in contributors)
                {
                    var task = context.AddTask(contributor.ModuleId);
                    var watch = Stopwatch.StartNew();
                    await contributor.ContributeAsync(county, new Progress<DemoProgress>(p =>
                    {
                        task.Description = $"{contributor.ModuleId} {p.Step} {p.Done:N0}/{p.Total:N0}";
                        task.Value = 100.0 * p.Done / Math.Max(p.Total, 1);
                    }), ct);
                    task.Value = 100;
                    times.Add((contributor.ModuleId, watch.Elapsed));
                }
            });

        foreach (var (module, time) in times)
        {
            Console.WriteLine($"Governance demo county {arguments.County}: {module} {time.TotalSeconds:F1} s");
        }

        Console.WriteLine($"Governance demo county {arguments.County} (seed {arguments.Seed}, {arguments.Persons:N0} persons) built in {total.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }
}
