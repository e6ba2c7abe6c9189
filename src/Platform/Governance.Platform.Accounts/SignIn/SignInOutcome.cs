using Governance.Platform.Accounts.Model;

namespace Governance.Platform.Accounts.SignIn;

/// <summary>The result of checking a user name and password.</summary>
internal abstract record SignInOutcome
{
    public sealed record Succeeded(UserAccount User) : SignInOutcome;

    /// <summary>Unknown user or wrong password: the caller is not told which.</summary>
    public sealed record WrongCredentials : SignInOutcome;

    /// <summary>
    /// A signed-in caller did not prove the current password. Not counted towards lock-out, so that a stolen token cannot
    /// lock the owner out; after as many in a row as lock an account, the account's sessions end instead.
    /// </summary>
    public sealed record WrongCurrentPassword(bool SessionsEnded) : SignInOutcome;

    public sealed record LockedOut(DateTimeOffset Until) : SignInOutcome;

    /// <summary>The new password is one of the account's last <paramref name="History"/>.</summary>
    public sealed record ReusedPassword(int History) : SignInOutcome;

    public sealed record AccountDisabled : SignInOutcome;

    /// <summary>A wrong, reused or spent second-factor code or recovery code; counted towards lock-out.</summary>
    public sealed record WrongSecondFactor : SignInOutcome;

    /// <summary>The challenge of the password step is expired, forged, or the account changed since.</summary>
    public sealed record ChallengeInvalid : SignInOutcome;
}
