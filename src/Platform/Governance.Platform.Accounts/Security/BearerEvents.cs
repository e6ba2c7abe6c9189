using Governance.Platform.Accounts.Access;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace Governance.Platform.Accounts.Security;

/// <summary>A token whose account was disabled or changed after it was issued.</summary>
internal sealed class TokenRevokedException() : SecurityTokenException("The account changed after this token was issued.");

/// <summary>
/// What happens around bearer-token validation: built-in tokens are checked against the account's security stamp,
/// external ones are mapped to the platform's claims, and a missing or refused token is a 401 problem in Chinese.
/// </summary>
internal static class BearerEvents
{
    public static JwtBearerEvents Create(AuthOptions options) => new()
    {
        OnTokenValidated = context => options.Mode == AuthMode.OpenIdConnect ? MapExternalAsync(context) : CheckStampAsync(context),
        OnChallenge = ChallengeAsync,
    };

    private static async Task CheckStampAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        if (principal.FindFirst(GovernanceClaims.SecurityStamp)?.Value is not { } stamp)
        {
            return;
        }

        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountStatusCache>();
        if (!Guid.TryParse(principal.FindFirst(GovernanceClaims.UserId)?.Value, out var userId)
            || !await accounts.IsCurrentAsync(userId, stamp, context.HttpContext.RequestAborted))
        {
            context.Fail(new TokenRevokedException());
        }
    }

    private static async Task MapExternalAsync(TokenValidatedContext context)
    {
        var mapper = context.HttpContext.RequestServices.GetRequiredService<ExternalClaimsMapper>();
        context.Principal = await mapper.MapAsync(context.Principal!, context.HttpContext.RequestAborted);
    }

    private static async Task ChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var detail = context.AuthenticateFailure switch
        {
            null => "此接口需要登录：先调用 POST /api/auth/token 获取令牌，再在请求头中携带 Authorization: Bearer <令牌>。",
            SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException => "登录令牌已过期，请重新登录。",
            TokenRevokedException => "登录令牌已失效：账号已停用，或密码、部门、辖区、角色已变更。请重新登录。",
            _ => "登录令牌无效（签名、颁发者或格式不符），请重新登录。",
        };
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "未登录或登录已失效",
                Detail = detail,
            },
        });
    }
}
