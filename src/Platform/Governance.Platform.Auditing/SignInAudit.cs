using Governance.Platform.Abstractions;
using Governance.Platform.Abstractions.Auditing;
using Microsoft.Extensions.Options;

namespace Governance.Platform.Auditing;

internal sealed class SignInAudit(AuditWriter writer, IHttpContextAccessor http, IOptions<AuditOptions> options) : ISignInAudit
{
    public Task RecordAsync(string operation, Guid? userId, string userName, bool succeeded, string? reason, CancellationToken cancellationToken)
    {
        var actor = new AuditActor(userId, userName, null, AuditActor.ClientAddressOf(http.HttpContext, options.Value));
        var outcome = succeeded ? AuditOutcome.Success : AuditOutcome.Denied;
        return writer.AppendAsync(
            new AuditEntry(actor, operation, PlatformNames.Id, "user", userId?.ToString() ?? userName, outcome, reason),
            cancellationToken);
    }
}
