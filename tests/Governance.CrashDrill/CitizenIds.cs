namespace Governance.CrashDrill;

/// <summary>Valid citizen ID numbers of 西湖区, unique per client and number: the client picks the sequence code, the number the birth day.</summary>
internal static class CitizenIds
{
    private static readonly DateOnly FirstBirthDay = new(1950, 1, 1);

    public static string For(int client, int number) =>
        Testing.CitizenIds.Create("330106", FirstBirthDay.AddDays(number), 100 + client);
}
