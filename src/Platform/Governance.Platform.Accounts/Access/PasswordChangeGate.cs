using Governance.Platform.Accounts.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Platform.Accounts.Access;

/// <summary>Marks an endpoint a caller with a temporary password may still use (changing it).</summary>
internal sealed class AllowedBeforePasswordChange;

/// <summary>
/// A token issued for a temporary password opens nothing but the password change: every other endpoint that needs
/// sign-in answers 403 saying so.
/// </summary>
internal sealed class PasswordChangeGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (context.User.HasClaim(GovernanceClaims.MustChangePassword, "true")
            && metadata?.GetMetadata<IAuthorizeData>() is not null
            && metadata.GetMetadata<IAllowAnonymous>() is null
            && metadata.GetMetadata<AllowedBeforePasswordChange>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "请先修改密码",
                    Detail = "当前使用的是管理员设置的临时密码。请先调用 POST /api/auth/password 设置新密码，再用返回的新令牌访问。",
                },
            });
            return;
        }

        await next(context);
    }
}

public static class PasswordChangeGateExtensions
{
    /// <summary>Between authentication and authorization: a temporary password's token opens only the password change.</summary>
    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.UseMiddleware<PasswordChangeGate>();
}
