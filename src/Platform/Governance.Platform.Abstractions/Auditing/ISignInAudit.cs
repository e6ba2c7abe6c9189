namespace Governance.Platform.Abstractions.Auditing;

/// <summary>
/// Sign-ins, sign-outs and password changes are not MediatR commands (passwords must never reach the command audit), so Accounts
/// reports them here: who tried, from where, and the outcome — never the password.
/// </summary>
public interface ISignInAudit
{
    const string SignIn = "SignIn";
    const string ChangePassword = "ChangePassword";
    const string SignOut = "SignOut";

    /// <param name="operation"><see cref="SignIn"/>, <see cref="ChangePassword"/> or <see cref="SignOut"/>.</param>
    /// <param name="reason">Why it was refused, null when it succeeded.</param>
    Task RecordAsync(string operation, Guid? userId, string userName, bool succeeded, string? reason, CancellationToken cancellationToken);
}
