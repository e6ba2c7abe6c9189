using Governance.Platform.Accounts.Access;
using Governance.Platform.Accounts.Sessions;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace Governance.Platform.Accounts.Security;

/// <summary>A token whose account was disabled or changed after it was issued.</summary>
internal sealed class TokenRevokedException() : SecurityTokenException("The account changed after this token was issued.");

/// <summary>A token whose server-side session has ended.</summary>
internal sealed class SessionEndedException(SessionEnd end) : SecurityTokenException($"The session ended: {end}.")
{
    public SessionEnd End { get; } = end;
}

/// <summary>
/// What happens around bearer-token validation: built-in tokens are checked against the account's security stamp and
/// their session (each such request counts as the session's activity), external ones are mapped to the platform's claims, and a missing or refused token is a 401 problem in Chinese.
/// </summary>
internal static class BearerEvents
{
    public static JwtBearerEvents Create(AuthOptions options) => new()
    {
        OnTokenValidated = context => options.Mode == AuthMode.OpenIdConnect ? MapExternalAsync(context) : CheckBuiltInAsync(context),
        OnChallenge = context => ChallengeAsync(context, options.Session),
    };

    private static async Task CheckBuiltInAsync(TokenValidatedContext context)
    {
        await CheckStampAsync(context);
        if (context.Result is null && context.Principal!.FindFirst(GovernanceClaims.Session)?.Value is { } claim)
        {
            var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionActivity>();
            if (!Guid.TryParse(claim, out var sessionId))
            {
                context.Fail(new TokenRevokedException());
            }
            else if (await sessions.TouchAsync(sessionId, context.HttpContext.RequestAborted) is { } end)
            {
                context.Fail(new SessionEndedException(end));
            }
        }
    }

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

    private static async Task ChallengeAsync(JwtBearerChallengeContext context, SessionSettings sessions)
    {
        context.HandleResponse();
        var detail = context.AuthenticateFailure switch
        {
            null => "此接口需要登录：先调用 POST /api/auth/token 获取令牌，再在请求头中携带 Authorization: Bearer <令牌>。",
            SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException => "登录令牌已过期，请重新登录。",
            TokenRevokedException => "登录令牌已失效：账号已停用，或密码、部门、辖区、角色已变更。请重新登录。",
            SessionEndedException { End: SessionEnd.Idle } =>
                $"登录会话已结束：超过 {sessions.IdleTimeout.TotalMinutes:0} 分钟没有操作，请重新登录。",
            SessionEndedException { End: SessionEnd.Expired } =>
                $"登录会话已结束：自登录起已满 {sessions.MaxLifetime.TotalHours:0.#} 小时，请重新登录。",
            SessionEndedException => "登录会话已结束：已退出登录，请重新登录。",
            _ => "登录令牌无效（签名、颁发者或格式不符），请重新登录。",
        };
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Title = "未登录或登录已失效",
            Detail = detail,
        };
        if (context.AuthenticateFailure is SessionEndedException ended)
        {
            problem.Extensions["sessionEnded"] = JsonNamingPolicy.CamelCase.ConvertName(ended.End.ToString());
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = problem,
        });
    }
}
