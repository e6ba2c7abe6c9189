using Governance.Platform.Abstractions.Auditing;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Security;
using Microsoft.Extensions.Options;

namespace Governance.Platform.Auditing;

/// <summary>Sensitive reads, each appended in a transaction of its own with operation <c>read</c>.</summary>
internal sealed class AuditTrail(AuditWriter writer, ICurrentUser user, IHttpContextAccessor http, IOptions<AuditOptions> options)
    : IAuditTrail
{
    public const string ReadOperation = "read";

    public Task RecordReadAsync(string module, string recordType, string recordId, string? detail, CancellationToken cancellationToken) =>
        writer.AppendAsync(
            new AuditEntry(AuditActor.Of(user, http.HttpContext, options.Value), ReadOperation, module, recordType, recordId,
                AuditOutcome.Success, detail),
            cancellationToken);
}
