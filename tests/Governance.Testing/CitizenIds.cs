using System.Globalization;

namespace Governance.Testing;

/// <summary>Valid citizen ID numbers, unique within the test process, with the check digit computed here.</summary>
public static class CitizenIds
{
    private static int _sequence;

    public static string Next(string region = "330106", int year = 1985, bool male = true)
    {
        var n = Interlocked.Increment(ref _sequence);
        var birth = new DateOnly(year, 1, 1).AddDays(n % 3000);
        var sequence = (n % 400) * 2 + (male ? 1 : 0) + 100;
        return Create(region, birth, sequence);
    }

    public static string Create(string region, DateOnly birth, int sequence)
    {
        var body = region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
        return body + Check(body);
    }

    public static char Check(string body17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body17[i] - '0') * (int)((1L << (17 - i)) % 11);
        }

        return "10X98765432"[sum % 11];
    }

    /// <summary>The same number with a wrong check character.</summary>
    public static string WithWrongCheck(string id) => id[..17] + (id[17] == '1' ? '2' : '1');
}
