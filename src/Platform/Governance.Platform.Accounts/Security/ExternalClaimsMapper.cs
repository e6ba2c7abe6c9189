using System.Security.Claims;
using Governance.Platform.Accounts;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Security;

/// <summary>
/// Turns an OpenID Connect provider's access token into the platform's claims: the configured claim names give user
/// id, name, department and jurisdiction; the role codes are looked up in the platform's roles table for permissions.
/// </summary>
internal sealed class ExternalClaimsMapper(AuthOptions options, PlatformDbContext db, PermissionCatalog catalog)
{
    public async Task<ClaimsPrincipal> MapAsync(ClaimsPrincipal external, CancellationToken cancellationToken)
    {
        var names = options.OpenIdConnect.Claims;
        var claims = new List<Claim>();
        Copy(names.UserId, GovernanceClaims.UserId);
        Copy(names.UserName, GovernanceClaims.UserName);
        Copy(names.Department, GovernanceClaims.Department);
        if (external.FindFirst(names.Jurisdiction)?.Value is { } code && JurisdictionInput.TryNormalize(code, out var jurisdiction, out _))
        {
            claims.Add(new Claim(GovernanceClaims.Jurisdiction, jurisdiction));
        }

        var roles = external.FindAll(names.Roles).Select(c => c.Value).ToList();
        var entries = await db.Roles.Where(r => roles.Contains(r.Code)).SelectMany(r => r.Permissions).ToListAsync(cancellationToken);
        claims.AddRange(catalog.Expand(entries).Select(p => new Claim(GovernanceClaims.Permission, p)));
        return new ClaimsPrincipal(new ClaimsIdentity(
            claims, external.Identity?.AuthenticationType ?? "OpenIdConnect", GovernanceClaims.UserName, null));

        void Copy(string from, string to)
        {
            if (external.FindFirst(from)?.Value is { Length: > 0 } value)
            {
                claims.Add(new Claim(to, value));
            }
        }
    }
}
