namespace Governance.Platform.Accounts.Data;

/// <summary>Column lengths of the account tables, shared by the mapping and the validators.</summary>
internal static class AccountLimits
{
    public const int UserName = 32;
    public const int Name = 50;
    public const int Code = 32;
    public const int ModuleId = 64;
    public const int Jurisdiction = 15;
    public const int SecondFactorSecret = 64;
}
