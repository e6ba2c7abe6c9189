namespace Governance.Platform.Accounts.Security;

/// <summary>The claims of a Governance bearer token.</summary>
public static class GovernanceClaims
{
    public const string UserId = "sub";
    public const string UserName = "name";
    public const string Department = "dept";
    public const string Jurisdiction = "jur";
    public const string Permission = "perm";

    /// <summary>The account's security stamp when the token was issued; the token dies when the stamp changes.</summary>
    public const string SecurityStamp = "stamp";

    /// <summary>The server-side sign-in session the token belongs to; tokens without one are checked by their stamp alone.</summary>
    public const string Session = "sid";

    /// <summary>Present (<c>true</c>) while the account still has a temporary password to replace.</summary>
    public const string MustChangePassword = "mcp";

    /// <summary>Present (<c>true</c>) while the account's role requires a second factor it has not enrolled yet.</summary>
    public const string MustEnrolSecondFactor = "sfe";
}
