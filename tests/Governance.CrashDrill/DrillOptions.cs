using System.Globalization;

namespace Governance.CrashDrill;

/// <summary>How long the drill runs, with how many clients, and the seed of their workload and of the chaos schedule.</summary>
internal sealed record DrillOptions(TimeSpan Duration, int Clients, int Seed)
{
    public static readonly DrillOptions Full = new(TimeSpan.FromMinutes(10), 16, 1);

    /// <summary>Reads <c>--duration 10m|90s</c>, <c>--clients N</c> and <c>--seed N</c>; missing ones keep <see cref="Full"/>'s.</summary>
    public static DrillOptions Parse(IReadOnlyList<string> args)
    {
        var options = Full;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            options = args[i] switch
            {
                "--duration" => options with { Duration = ParseDuration(args[i + 1]) },
                "--clients" => options with { Clients = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown argument {args[i]}; expected --duration, --clients or --seed."),
            };
        }

        if (args.Count % 2 != 0)
        {
            throw new ArgumentException($"Argument {args[^1]} has no value.");
        }

        return options;
    }

    private static TimeSpan ParseDuration(string text) => text[^1] switch
    {
        'm' => TimeSpan.FromMinutes(double.Parse(text[..^1], CultureInfo.InvariantCulture)),
        's' => TimeSpan.FromSeconds(double.Parse(text[..^1], CultureInfo.InvariantCulture)),
        _ => TimeSpan.FromSeconds(double.Parse(text, CultureInfo.InvariantCulture)),
    };
}
