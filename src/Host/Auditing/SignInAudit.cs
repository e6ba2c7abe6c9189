using Microsoft.Extensions.Options;

namespace Governance.Host.Auditing;

/// <summary>
/// Sign-ins and password changes are not MediatR commands (passwords must never reach the command audit), so they
/// are appended here: who tried, from where, and the outcome — never the password.
/// </summary>
internal sealed class SignInAudit(AuditWriter writer, IHttpContextAccessor http, IOptions<AuditOptions> options)
{
    public const string SignIn = "SignIn";
    public const string ChangePassword = "ChangePassword";

    public Task RecordAsync(string operation, Guid? userId, string userName, bool succeeded, string? reason, CancellationToken cancellationToken)
    {
        var actor = new AuditActor(userId, userName, null, AuditActor.ClientAddressOf(http.HttpContext, options.Value));
        var outcome = succeeded ? AuditOutcome.Success : AuditOutcome.Denied;
        return writer.AppendAsync(
            new AuditEntry(actor, operation, "platform", "user", userId?.ToString() ?? userName, outcome, reason),
            cancellationToken);
    }

}
