using Governance.SharedKernel.Identifiers;

namespace Governance.Testing;

/// <summary>Valid unified social credit codes of 西湖区, unique within the test process; the parser finds their check characters.</summary>
public static class CreditCodes
{
    private const string Characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static int _sequence;

    public static string Next()
    {
        var first16 = $"91330106MA{Interlocked.Increment(ref _sequence) % 1_000_000:D6}";
        return (from organisationCheck in "0123456789X"
                from check in Characters
                let code = $"{first16}{organisationCheck}{check}"
                where UnifiedSocialCreditCode.TryParse(code, out _, out _)
                select code).First();
    }
}
