using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Governance.Platform.Accounts.Security;

/// <summary>The key that signs and checks bearer tokens, from <c>Auth:SigningKey</c> or generated at start.</summary>
public sealed class SigningKey(AuthOptions options)
{
    public SymmetricSecurityKey Key { get; } = new(Read(options.SigningKey));

    private static byte[] Read(string configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return RandomNumberGenerator.GetBytes(32);
        }

        var bytes = Convert.FromBase64String(configured);
        return bytes.Length >= 32
            ? bytes
            : throw new InvalidOperationException("Auth:SigningKey must be base64 of at least 32 bytes (openssl rand -base64 32).");
    }
}
