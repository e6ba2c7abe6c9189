using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Governance.Platform.Accounts.Model;
using Governance.Platform.Accounts.Security;
using Governance.Platform.Accounts.SignIn;
using Microsoft.IdentityModel.Tokens;

namespace Governance.Platform.Accounts.TwoFactor;

/// <summary>
/// What the password step of an account with a second factor hands out: a signed JWT for another audience than bearer
/// tokens (so it opens no endpoint), naming the account and its stamp, valid for <see cref="Lifetime"/>.
/// </summary>
internal sealed class SignInChallenges(SigningKey signingKey, AuthOptions options, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private string Audience => options.Issuer + "/second-factor";

    public SecondFactorChallenge Issue(UserAccount user)
    {
        var now = clock.GetUtcNow();
        var token = new JwtSecurityToken(
            issuer: options.Issuer,
            audience: Audience,
            claims: [new Claim(GovernanceClaims.UserId, user.Id.ToString()), new Claim(GovernanceClaims.SecurityStamp, user.SecurityStamp.ToString())],
            notBefore: now.UtcDateTime,
            expires: (now + Lifetime).UtcDateTime,
            signingCredentials: new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256));
        return new SecondFactorChallenge(true, new JwtSecurityTokenHandler().WriteToken(token), now + Lifetime);
    }

    /// <summary>The account and stamp of a valid, unexpired challenge; null otherwise.</summary>
    public (Guid UserId, string Stamp)? Read(string challenge)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = signingKey.Key,
            LifetimeValidator = (_, expires, _, _) => expires > clock.GetUtcNow().UtcDateTime,
        };
        try
        {
            var handler = new JwtSecurityTokenHandler { MapInboundClaims = false };
            var principal = handler.ValidateToken(challenge, parameters, out _);
            return Guid.TryParse(principal.FindFirst(GovernanceClaims.UserId)?.Value, out var userId)
                   && principal.FindFirst(GovernanceClaims.SecurityStamp)?.Value is { } stamp
                ? (userId, stamp)
                : null;
        }
        catch (Exception exception) when (exception is SecurityTokenException or ArgumentException)
        {
            return null;
        }
    }
}
