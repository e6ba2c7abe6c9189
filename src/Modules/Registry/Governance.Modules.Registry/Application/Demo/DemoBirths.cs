namespace Governance.Modules.Registry.Application.Demo;

/// <summary>
/// Birth dates following a county's age pyramid (shares by 5-year band, roughly the 2020 census), as ages on a fixed
/// day: the same seed gives the same county whenever it is built.
/// </summary>
internal static class DemoBirths
{
    private static readonly DateOnly AgesOn = new(2026, 1, 1);

    private static readonly double[] BandShares =
        [4.5, 5.5, 5.3, 4.7, 5.0, 5.5, 8.0, 6.9, 6.5, 8.0, 8.7, 7.1, 5.1, 5.2, 3.8, 2.4, 1.5, 0.8, 0.3];

    private static readonly double[] Cumulative = BandShares
        .Select((_, i) => BandShares.Take(i + 1).Sum() / BandShares.Sum()).ToArray();

    public static DateOnly Next(Random random)
    {
        var draw = random.NextDouble();
        var band = Array.FindIndex(Cumulative, c => c >= draw);
        var ageInDays = (int)((band * 5 + random.NextDouble() * 5) * 365.25);
        return AgesOn.AddDays(-Math.Max(ageInDays, 1));
    }
}
