namespace Governance.SharedKernel.Tests.Identifiers;

/// <summary>Builds unified social credit codes for tests, with both check characters computed independently.</summary>
internal static class CreditCodeFactory
{
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>GB 32100: weight of position i (1-based) is 3^(i−1) mod 31.</summary>
    public static char OverallCheck(string first17)
    {
        var sum = 0;
        var weight = 1;
        foreach (var c in first17)
        {
            sum += Charset.IndexOf(c) * weight;
            weight = weight * 3 % 31;
        }

        return Charset[(31 - (sum % 31)) % 31];
    }

    /// <summary>GB 11714: digits are their value, letters A..Z are 10..35.</summary>
    public static char OrganisationCheck(string body8)
    {
        int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body8.Select((c, i) => (c <= '9' ? c - '0' : c - 'A' + 10) * weights[i]).Sum();
        var check = 11 - (sum % 11);
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }

    public static string Create(string prefix8, string organisationBody8) =>
        Complete(prefix8 + organisationBody8 + OrganisationCheck(organisationBody8));

    /// <summary>Appends the overall check to 17 characters, whatever their organisation check.</summary>
    public static string Complete(string first17) => first17 + OverallCheck(first17);

    public static string Random(Random random)
    {
        var authority = random.GetItems("159Y".ToCharArray(), 1)[0];
        var type = random.GetItems("1239".ToCharArray(), 1)[0];
        var region = random.GetItems(CitizenIdFactory.ProvinceCodes, 1)[0] + random.Next(0, 10000).ToString("D4");
        var body = new string(random.GetItems(Charset.ToCharArray(), 8));
        return Create($"{authority}{type}{region}", body);
    }
}
