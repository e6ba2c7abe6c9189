using Governance.Platform.Accounts.Model;
using Governance.Platform.Accounts.Permissions;
using Governance.Platform.Accounts.Security;

namespace Governance.Platform.Accounts.SignIn;

/// <summary>Issues an account's token: its department, jurisdiction, stamp and the union of its roles' permissions.</summary>
internal sealed class AccountTokens(TokenIssuer issuer, PermissionCatalog catalog)
{
    public TokenResponse IssueFor(UserAccount user)
    {
        var permissions = catalog.Expand(user.Roles.SelectMany(r => r.Permissions)).ToList();
        var (token, expiresAt) = issuer.Issue(new TokenSubject(
            user.Id, user.UserName, user.DepartmentCode, user.Jurisdiction, permissions,
            user.SecurityStamp.ToString(), user.MustChangePassword));
        return new TokenResponse(token, "Bearer", expiresAt, user.MustChangePassword);
    }
}
