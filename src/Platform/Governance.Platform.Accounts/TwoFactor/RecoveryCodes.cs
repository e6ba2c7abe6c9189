using System.Security.Cryptography;
using System.Text;
using OtpNet;

namespace Governance.Platform.Accounts.TwoFactor;

/// <summary>
/// One-time recovery codes for a lost authenticator, shown once (<c>XXXXX-XXXXX</c>, 50 random bits each). Only their
/// SHA-256 hashes are stored: random codes need no slow hash, unlike passwords people choose.
/// </summary>
internal static class RecoveryCodes
{
    public const int Count = 10;

    public static (IReadOnlyList<string> Codes, List<string> Hashes) Generate()
    {
        var codes = Enumerable.Range(0, Count)
            .Select(_ => Base32Encoding.ToString(RandomNumberGenerator.GetBytes(7))[..10])
            .Select(code => $"{code[..5]}-{code[5..]}")
            .ToList();
        return (codes, codes.Select(Hash).ToList());
    }

    /// <summary>The stored form of a code as typed: case, spaces and dashes do not matter.</summary>
    public static string Hash(string code)
    {
        var normalized = new string(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalized)));
    }
}
