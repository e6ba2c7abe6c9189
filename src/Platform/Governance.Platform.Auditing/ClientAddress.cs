using Governance.Platform.Abstractions.Auditing;
using Microsoft.Extensions.Options;

namespace Governance.Platform.Auditing;

internal sealed class ClientAddress(IOptions<AuditOptions> options) : IClientAddress
{
    public string? Of(HttpContext? http) => AuditActor.ClientAddressOf(http, options.Value);
}
