using Governance.SharedKernel.Security;

namespace Governance.Platform.Auditing;

/// <summary>Who did it and from where: the signed-in user of the request (none for background work) and the client address.</summary>
internal sealed record AuditActor(Guid? UserId, string? UserName, string? Department, string? ClientAddress)
{
    public static AuditActor Of(ICurrentUser user, HttpContext? http, AuditOptions options) =>
        new(user.UserId, user.UserName, user.Department, ClientAddressOf(http, options));

    public static string? ClientAddressOf(HttpContext? http, AuditOptions options)
    {
        if (http is null)
        {
            return null;
        }

        if (options.TrustForwardedFor
            && http.Request.Headers["X-Forwarded-For"].ToString().Split(',')[0].Trim() is { Length: > 0 } forwarded)
        {
            return forwarded;
        }

        return http.Connection.RemoteIpAddress?.ToString();
    }
}
