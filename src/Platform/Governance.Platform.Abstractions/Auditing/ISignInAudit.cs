namespace Governance.Platform.Abstractions.Auditing;

/// <summary>
/// Sign-ins, sign-outs, password and second-factor changes are not MediatR commands (passwords must never reach the command audit), so Accounts
/// reports them here: who tried, from where, and the outcome — never the password.
/// </summary>
public interface ISignInAudit
{
    const string SignIn = "SignIn";
    const string ChangePassword = "ChangePassword";
    const string SignOut = "SignOut";
    const string EnrolSecondFactor = "EnrolSecondFactor";
    const string ConfirmSecondFactor = "ConfirmSecondFactor";
    const string DisableSecondFactor = "DisableSecondFactor";

    /// <param name="operation">One of the constants above.</param>
    /// <param name="reason">Why it was refused, null when it succeeded.</param>
    Task RecordAsync(string operation, Guid? userId, string userName, bool succeeded, string? reason, CancellationToken cancellationToken);
}
