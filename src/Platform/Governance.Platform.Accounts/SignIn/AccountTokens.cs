using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.Platform.Accounts.Permissions;
using Governance.Platform.Accounts.Security;

namespace Governance.Platform.Accounts.SignIn;

/// <summary>
/// Starts a session for an account and issues its token: its department, jurisdiction, stamp, session and the union of its
/// roles' permissions.
/// </summary>
internal sealed class AccountTokens(
    PlatformDbContext db, TokenIssuer issuer, PermissionCatalog catalog, AuthOptions options, TimeProvider clock)
{
    public async Task<TokenResponse> IssueForAsync(UserAccount user, CancellationToken cancellationToken)
    {
        var session = new SignInSession(user.Id, clock.GetUtcNow());
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        // A temporary password comes first: its token opens only the password change, whose new token then asks for enrolment.
        var mustEnrol = user.MustEnrolSecondFactor && !user.MustChangePassword;
        var permissions = catalog.Expand(user.Roles.SelectMany(r => r.Permissions)).ToList();
        var (token, expiresAt) = issuer.Issue(new TokenSubject(
            user.Id, user.UserName, user.DepartmentCode, user.Jurisdiction, permissions,
            user.SecurityStamp.ToString(), user.MustChangePassword,
            new TokenSession(session.Id, session.CreatedAt + options.Session.MaxLifetime), mustEnrol));
        return new TokenResponse(token, "Bearer", expiresAt, user.MustChangePassword, mustEnrol);
    }
}
