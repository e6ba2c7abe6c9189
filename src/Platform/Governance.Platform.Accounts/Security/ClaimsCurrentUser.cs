using Governance.SharedKernel.Security;

namespace Governance.Platform.Accounts.Security;

/// <summary>The current user read from the validated bearer token of the request (anonymous outside a request).</summary>
internal sealed class ClaimsCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private System.Security.Claims.ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(Claim(GovernanceClaims.UserId), out var id) ? id : null;

    public string? UserName => Claim(GovernanceClaims.UserName);

    public string? Department => Claim(GovernanceClaims.Department);

    public Jurisdiction? Jurisdiction =>
        Claim(GovernanceClaims.Jurisdiction) is { Length: > 0 } code ? new Jurisdiction(code) : null;

    public bool HasPermission(string permission) =>
        IsAuthenticated && Principal!.HasClaim(GovernanceClaims.Permission, permission);

    private string? Claim(string type) => IsAuthenticated ? Principal!.FindFirst(type)?.Value : null;
}
