namespace Governance.Host.Security;

/// <summary>Settings of the built-in sign-in (<c>Auth:*</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Base64 HMAC key (at least 32 bytes) that signs bearer tokens. Empty = a random key per process start.</summary>
    public string SigningKey { get; set; } = "";

    public string Issuer { get; set; } = "governance";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
