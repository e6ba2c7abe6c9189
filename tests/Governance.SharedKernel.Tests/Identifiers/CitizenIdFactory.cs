using System.Globalization;

namespace Governance.SharedKernel.Tests.Identifiers;

/// <summary>Builds citizen ID numbers for tests, with the check digit computed independently of the code under test.</summary>
internal static class CitizenIdFactory
{
    public static readonly string[] ProvinceCodes = File.ReadLines(TestData.Path("regions", "provinces.csv"))
        .Skip(1)
        .Select(line => line.Split(',')[0])
        .Concat(["71", "81", "82", "83"])
        .ToArray();

    /// <summary>ISO 7064 MOD 11-2: weight of position i (1-based) is 2^(18−i) mod 11.</summary>
    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 1; i <= 17; i++)
        {
            sum += (first17[i - 1] - '0') * (int)((1L << (18 - i)) % 11);
        }

        var check = (12 - (sum % 11)) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    public static string Create(string region, DateOnly birthDate, int sequence)
    {
        var body = region + birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + sequence.ToString("D3", CultureInfo.InvariantCulture);
        return body + CheckCharacter(body);
    }

    /// <summary>Body of 17 digits whose date part is taken as given, valid or not.</summary>
    public static string CreateRaw(string region, string birthDate, string sequence)
    {
        var body = region + birthDate + sequence;
        return body + CheckCharacter(body);
    }

    public static string RandomRegion(Random random) =>
        random.GetItems(ProvinceCodes, 1)[0] + random.Next(1, 100).ToString("D2", CultureInfo.InvariantCulture)
        + random.Next(1, 100).ToString("D2", CultureInfo.InvariantCulture);
}
