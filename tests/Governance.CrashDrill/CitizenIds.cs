using System.Globalization;

namespace Governance.CrashDrill;

/// <summary>Valid citizen ID numbers of 西湖区, unique per client and number: the client picks the sequence code, the number the birth day.</summary>
internal static class CitizenIds
{
    private static readonly DateOnly FirstBirthDay = new(1950, 1, 1);

    public static string For(int client, int number)
    {
        var body = "330106" + FirstBirthDay.AddDays(number).ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + (100 + client).ToString("D3", CultureInfo.InvariantCulture);
        return body + Check(body);
    }

    private static char Check(string body17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body17[i] - '0') * (int)((1L << (17 - i)) % 11);
        }

        return "10X98765432"[sum % 11];
    }
}
