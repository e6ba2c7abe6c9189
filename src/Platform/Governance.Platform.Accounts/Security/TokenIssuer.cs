using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace Governance.Platform.Accounts.Security;

/// <summary>What a bearer token says about its user.</summary>
/// <param name="SecurityStamp">The account's stamp; a token with one is refused once the account's stamp changes.</param>
/// <param name="MustChangePassword">The token may only be used to replace a temporary password.</param>
/// <param name="Session">The server-side session the token belongs to; the token expires with it at the latest.</param>
/// <param name="MustEnrolSecondFactor">The token may only be used to enrol the second factor a role requires.</param>
public sealed record TokenSubject(
    Guid UserId, string UserName, string? Department, string? Jurisdiction, IReadOnlyCollection<string> Permissions,
    string? SecurityStamp = null, bool MustChangePassword = false, TokenSession? Session = null,
    bool MustEnrolSecondFactor = false);

/// <summary>A token's session: its id and the end of its maximum lifetime.</summary>
public sealed record TokenSession(Guid Id, DateTimeOffset EndsAt);

/// <summary>Issues the platform's signed bearer tokens (HMAC-SHA256 JWT).</summary>
public sealed class TokenIssuer(SigningKey signingKey, AuthOptions options, TimeProvider clock)
{
    public (string Token, DateTimeOffset ExpiresAt) Issue(TokenSubject subject)
    {
        var now = clock.GetUtcNow();
        var expires = now + options.TokenLifetime;
        if (subject.Session is { } session)
        {
            expires = expires < session.EndsAt ? expires : session.EndsAt;
        }

        var claims = new List<Claim>
        {
            new(GovernanceClaims.UserId, subject.UserId.ToString()),
            new(GovernanceClaims.UserName, subject.UserName),
        };
        if (subject.Department is not null)
        {
            claims.Add(new Claim(GovernanceClaims.Department, subject.Department));
        }

        if (subject.Jurisdiction is not null)
        {
            claims.Add(new Claim(GovernanceClaims.Jurisdiction, subject.Jurisdiction));
        }

        if (subject.SecurityStamp is not null)
        {
            claims.Add(new Claim(GovernanceClaims.SecurityStamp, subject.SecurityStamp));
        }

        if (subject.Session is not null)
        {
            claims.Add(new Claim(GovernanceClaims.Session, subject.Session.Id.ToString()));
        }

        if (subject.MustChangePassword)
        {
            claims.Add(new Claim(GovernanceClaims.MustChangePassword, "true"));
        }

        if (subject.MustEnrolSecondFactor)
        {
            claims.Add(new Claim(GovernanceClaims.MustEnrolSecondFactor, "true"));
        }

        claims.AddRange(subject.Permissions.Select(p => new Claim(GovernanceClaims.Permission, p)));
        var token = new JwtSecurityToken(
            issuer: options.Issuer,
            audience: options.Issuer,
            claims: claims,
            notBefore: now.UtcDateTime,
            expires: expires.UtcDateTime,
            signingCredentials: new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256));
        return (new JwtSecurityTokenHandler().WriteToken(token), expires);
    }
}
