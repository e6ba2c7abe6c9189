namespace Governance.Platform.Abstractions.Auditing;

/// <summary>
/// The client address of a request as the audit trail records it (the connection's, or the first <c>X-Forwarded-For</c>
/// address with <c>Audit:TrustForwardedFor</c>), so that what limits a client and what records it agree on who it is.
/// </summary>
public interface IClientAddress
{
    string? Of(HttpContext? http);
}
