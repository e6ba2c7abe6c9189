namespace Governance.Host.Security;

/// <summary>The claims of a Governance bearer token.</summary>
public static class GovernanceClaims
{
    public const string UserId = "sub";
    public const string UserName = "name";
    public const string Department = "dept";
    public const string Jurisdiction = "jur";
    public const string Permission = "perm";
}
