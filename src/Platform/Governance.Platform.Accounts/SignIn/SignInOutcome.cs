using Governance.Platform.Accounts.Model;

namespace Governance.Platform.Accounts.SignIn;

/// <summary>The result of checking a user name and password.</summary>
internal abstract record SignInOutcome
{
    public sealed record Succeeded(UserAccount User) : SignInOutcome;

    /// <summary>Unknown user or wrong password: the caller is not told which.</summary>
    public sealed record WrongCredentials : SignInOutcome;

    public sealed record LockedOut(DateTimeOffset Until) : SignInOutcome;

    public sealed record AccountDisabled : SignInOutcome;
}
