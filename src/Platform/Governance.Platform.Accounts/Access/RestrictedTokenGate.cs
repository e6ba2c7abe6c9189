using Governance.Platform.Accounts.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Platform.Accounts.Access;

/// <summary>Marks an endpoint a caller with a temporary password may still use (changing it).</summary>
internal sealed class AllowedBeforePasswordChange;

/// <summary>Marks an endpoint a caller who must first enrol a second factor may still use (enrolling it).</summary>
internal sealed class AllowedBeforeSecondFactorEnrolment;

/// <summary>
/// Restricted tokens open only what lifts their restriction: one issued for a temporary password only the password
/// change, one of an account whose role requires a second factor it has not enrolled only the enrolment. Every other
/// endpoint that needs sign-in answers 403 saying what to do first.
/// </summary>
internal sealed class RestrictedTokenGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        var refusal = metadata?.GetMetadata<IAuthorizeData>() is null || metadata.GetMetadata<IAllowAnonymous>() is not null ? null
            : context.User.HasClaim(GovernanceClaims.MustChangePassword, "true")
              && metadata.GetMetadata<AllowedBeforePasswordChange>() is null
                ? new ProblemDetails
                {
                    Title = "请先修改密码",
                    Detail = "当前使用的是管理员设置的临时密码。请先调用 POST /api/auth/password 设置新密码，再用返回的新令牌访问。",
                }
            : context.User.HasClaim(GovernanceClaims.MustEnrolSecondFactor, "true")
              && metadata.GetMetadata<AllowedBeforeSecondFactorEnrolment>() is null
                ? new ProblemDetails
                {
                    Title = "请先启用双因素认证",
                    Detail = "您的角色要求使用双因素认证（TOTP 动态验证码）。请先调用 POST /api/auth/second-factor/enrol 获取密钥并添加到验证器应用，" +
                             "再调用 POST /api/auth/second-factor/confirm 提交首个验证码，然后用返回的新令牌访问。",
                }
            : null;
        if (refusal is not null)
        {
            refusal.Status = StatusCodes.Status403Forbidden;
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = refusal });
            return;
        }

        await next(context);
    }
}

public static class RestrictedTokenGateExtensions
{
    /// <summary>Between authentication and authorization: a restricted token opens only what lifts its restriction.</summary>
    public static IApplicationBuilder UseRestrictedTokenGate(this IApplicationBuilder app) => app.UseMiddleware<RestrictedTokenGate>();
}
