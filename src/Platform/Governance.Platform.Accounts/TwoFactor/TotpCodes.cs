using OtpNet;

namespace Governance.Platform.Accounts.TwoFactor;

/// <summary>RFC 6238 codes: 6 digits, 30-second steps, SHA-1 (what every authenticator app reads from the URI).</summary>
internal sealed class TotpCodes(TimeProvider clock)
{
    public const string Issuer = "Governance";

    // One step either side: a phone's clock a little off, or a code typed just as it turned over.
    private static readonly VerificationWindow ClockSkew = new(previous: 1, future: 1);

    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    /// <summary>The <c>otpauth://totp/…</c> URI an authenticator app reads as a QR code.</summary>
    public static string UriOf(string secret, string userName) => new OtpUri(OtpType.Totp, secret, userName, Issuer).ToString();

    /// <summary>The time step <paramref name="code"/> belongs to, or null when it is not a current code of the key.</summary>
    public long? StepOf(string secret, string code) =>
        new Totp(Base32Encoding.ToBytes(secret)).VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, ClockSkew) ? step : null;
}
