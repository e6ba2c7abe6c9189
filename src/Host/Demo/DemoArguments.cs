using System.Globalization;

namespace Governance.Host.Demo;

/// <summary><c>--seed-demo [county] [--demo-seed N] [--demo-persons N]</c>; the rest of the arguments go to the host.</summary>
public sealed record DemoArguments(string County, int Seed, int Persons)
{
    public const string Flag = "--seed-demo";

    /// <summary>Null when <see cref="Flag"/> is absent or malformed (then <paramref name="error"/> says why).</summary>
    public static DemoArguments? Parse(string[] args, out string[] hostArgs, out string? error)
    {
        (hostArgs, error) = (args, null);
        try
        {
            return Parse(args, ref hostArgs);
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    private static DemoArguments? Parse(string[] args, ref string[] hostArgs)
    {
        var at = Array.IndexOf(args, Flag);
        if (at < 0)
        {
            return null;
        }

        var rest = args.ToList();
        rest.RemoveAt(at);
        var county = at < rest.Count && rest[at].All(char.IsAsciiDigit) ? Take(rest, at) : "370114";
        if (county.Length != 6)
        {
            throw new FormatException($"{Flag} 后应为 6 位县级区划代码，如 370114，而不是 {county}");
        }

        var seed = Option(rest, "--demo-seed", 1, 0);
        var persons = Option(rest, "--demo-persons", 1_000_000, 1);
        hostArgs = [.. rest];
        return new DemoArguments(county, seed, persons);
    }

    private static int Option(List<string> args, string name, int fallback, int minimum)
    {
        var at = args.IndexOf(name);
        if (at < 0)
        {
            return fallback;
        }

        args.RemoveAt(at);
        var text = at < args.Count ? Take(args, at) : "";
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new FormatException($"{name} 后应为不小于 {minimum} 的整数，而不是 “{text}”");
    }

    private static string Take(List<string> args, int at)
    {
        var value = args[at];
        args.RemoveAt(at);
        return value;
    }
}
