using System.Globalization;

namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>
/// How many mutated requests a run sends and from which seed: <c>GOVERNANCE_FUZZ_REQUESTS</c> and <c>GOVERNANCE_FUZZ_SEED</c>,
/// else CI's short run. The same seed sends the same requests in the same order.
/// </summary>
public sealed record FuzzSettings(int Seed, int Requests)
{
    public const int CiSeed = 20261204;
    public const int CiRequests = 2000;

    public static FuzzSettings FromEnvironment() => new(
        Number("GOVERNANCE_FUZZ_SEED") ?? CiSeed,
        Number("GOVERNANCE_FUZZ_REQUESTS") ?? CiRequests);

    private static int? Number(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } text
            ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : null;
}
