using FluentValidation;
using FluentValidation.Results;
using Governance.Platform.Accounts.Access;
using Governance.Platform.Abstractions.Auditing;
using Governance.Platform.Abstractions;
using Governance.Platform.Accounts.Security;
using Governance.Platform.Accounts.Sessions;
using Governance.Platform.Accounts.TwoFactor;
using System.Security.Claims;
using Governance.SharedKernel.Security;

namespace Governance.Platform.Accounts.SignIn;

/// <summary>
/// <c>POST /api/auth/token</c> signs in with user name and password; <c>POST /api/auth/password</c> changes one's own
/// password; <c>POST /api/auth/sign-out</c> ends the caller's session. An account with a second factor completes the
/// sign-in at <c>POST /api/auth/token/second-factor</c>.
/// </summary>
internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithGroupName(PlatformNames.Document).WithTags("登录 Sign-in");
        group.MapPost("token", SignInAsync).AllowAnonymous().RequireRateLimiting(SignInRateLimit.Policy)
            .WithSummary("登录 Sign in with user name and password; returns a bearer token, or a challenge when a second factor is on");
        group.MapPost("token/second-factor", CompleteSignInAsync).AllowAnonymous().RequireRateLimiting(SignInRateLimit.Policy)
            .WithSummary("双因素登录 Complete a sign-in with the challenge and a TOTP code or a recovery code; returns a bearer token");
        group.MapPost("password", ChangePasswordAsync).RequireAuthorization().WithMetadata(new AllowedBeforePasswordChange())
            .RequireRateLimiting(SignInRateLimit.Policy)
            .WithSummary("修改密码 Change one's own password (also replaces a temporary one); returns a fresh token");
        group.MapPost("sign-out", SignOutAsync).RequireAuthorization()
            .WithMetadata(new AllowedBeforePasswordChange(), new AllowedBeforeSecondFactorEnrolment())
            .WithSummary("退出登录 End the caller's session; its tokens are refused from then on");
    }

    private static async Task<IResult> SignInAsync(
        SignInRequest request, IValidator<SignInRequest> validator, AuthOptions options, PasswordSignIn signIn,
        SignInChallenges challenges, AccountTokens tokens, ISignInAudit audit, CancellationToken cancellationToken)
    {
        if (options.Mode != AuthMode.BuiltIn)
        {
            return BuiltInSignInOff(options);
        }

        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var outcome = await signIn.SignInAsync(request.UserName!, request.Password!, cancellationToken);
        if (outcome is SignInOutcome.Succeeded { User.SecondFactorEnabled: true } pending)
        {
            await audit.RecordAsync(ISignInAudit.SignIn, pending.User.Id, pending.User.UserName, succeeded: false,
                "SecondFactorRequired", cancellationToken);
            return TypedResults.Ok(challenges.Issue(pending.User));
        }

        await Record(audit, ISignInAudit.SignIn, outcome, null, request.UserName!, cancellationToken);
        return outcome is SignInOutcome.Succeeded success
            ? TypedResults.Ok(await tokens.IssueForAsync(success.User, cancellationToken))
            : Refused(outcome, options);
    }

    private static async Task<IResult> CompleteSignInAsync(
        SecondFactorSignInRequest request, IValidator<SecondFactorSignInRequest> validator, AuthOptions options,
        SecondFactorSignIn signIn, AccountTokens tokens, ISignInAudit audit, CancellationToken cancellationToken)
    {
        if (options.Mode != AuthMode.BuiltIn)
        {
            return BuiltInSignInOff(options);
        }

        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var (outcome, user) = await signIn.CompleteAsync(request.Challenge!, request.Code, request.RecoveryCode, cancellationToken);
        await Record(audit, ISignInAudit.SignIn, outcome, user?.Id, user?.UserName ?? "", cancellationToken);
        return outcome is SignInOutcome.Succeeded success
            ? TypedResults.Ok(await tokens.IssueForAsync(success.User, cancellationToken))
            : Refused(outcome, options);
    }

    private static async Task<IResult> ChangePasswordAsync(
        ChangePasswordRequest request, IValidator<ChangePasswordRequest> validator, AuthOptions options, ICurrentUser caller,
        OwnPasswordChange change, AccountTokens tokens, ISignInAudit audit, CancellationToken cancellationToken)
    {
        if (options.Mode != AuthMode.BuiltIn)
        {
            return BuiltInSignInOff(options);
        }

        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var outcome = await change.ChangeAsync(
            caller.UserId, request.CurrentPassword!, request.NewPassword!, cancellationToken);
        await Record(audit, ISignInAudit.ChangePassword, outcome, caller.UserId, caller.UserName ?? "", cancellationToken);
        return outcome switch
        {
            SignInOutcome.Succeeded success => TypedResults.Ok(await tokens.IssueForAsync(success.User, cancellationToken)),
            SignInOutcome.WrongCurrentPassword wrong => throw new ValidationException([
                new ValidationFailure(nameof(ChangePasswordRequest.CurrentPassword), wrong.SessionsEnded
                    ? $"当前密码不正确。已连续 {options.Lockout.MaxFailures} 次输错，本账号的所有登录会话已结束，请重新登录。"
                    : "当前密码不正确"),
            ]),
            SignInOutcome.ReusedPassword reused => throw new ValidationException([
                new ValidationFailure(nameof(ChangePasswordRequest.NewPassword), $"新密码不能与最近 {reused.History} 次使用过的密码相同"),
            ]),
            _ => Refused(outcome, options),
        };
    }

    private static async Task<IResult> SignOutAsync(
        ClaimsPrincipal principal, ICurrentUser caller, SessionSignOut signOut, ISignInAudit audit, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(principal.FindFirst(GovernanceClaims.Session)?.Value, out var sessionId) || caller.UserId is not { } userId)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "没有可结束的登录会话",
                detail: "此令牌不属于平台的登录会话（统一身份认证或系统签发的令牌），无法在此退出登录。");
        }

        var ended = await signOut.EndAsync(userId, sessionId, cancellationToken);
        await audit.RecordAsync(ISignInAudit.SignOut, userId, caller.UserName ?? "", ended, ended ? null : "SessionAlreadyEnded",
            cancellationToken);
        return TypedResults.NoContent();
    }

    private static Task Record(
        ISignInAudit audit, string operation, SignInOutcome outcome, Guid? userId, string userName, CancellationToken cancellationToken) =>
        outcome is SignInOutcome.Succeeded success
            ? audit.RecordAsync(operation, success.User.Id, success.User.UserName, succeeded: true, null, cancellationToken)
            : audit.RecordAsync(operation, userId, userName, succeeded: false, outcome.GetType().Name, cancellationToken);

    private static IResult Refused(SignInOutcome outcome, AuthOptions options) => outcome switch
    {
        SignInOutcome.LockedOut locked => TypedResults.Problem(
            statusCode: StatusCodes.Status423Locked,
            title: "账号已锁定",
            detail: $"连续 {options.Lockout.MaxFailures} 次密码错误，账号已锁定至 {ChinaTime(locked.Until)}（北京时间）。" +
                    "请到时再试，或请系统管理员重置密码。",
            extensions: new Dictionary<string, object?> { ["lockedUntil"] = locked.Until }),
        SignInOutcome.WrongSecondFactor => TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "验证码错误",
            detail: $"验证码或恢复码不正确，或已使用过（每个验证码只能用一次）。连续 {options.Lockout.MaxFailures} 次错误后，账号将锁定 " +
                    $"{options.Lockout.Duration.TotalMinutes:0} 分钟。"),
        SignInOutcome.ChallengeInvalid => TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "验证已失效",
            detail: $"第二步验证须在输入密码后 {SignInChallenges.Lifetime.TotalMinutes:0} 分钟内完成。请重新用用户名和密码调用 POST /api/auth/token。"),
        SignInOutcome.AccountDisabled => TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "账号已停用",
            detail: "此账号已被系统管理员停用，请联系系统管理员。"),
        _ => TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "用户名或密码错误",
            detail: $"用户名或密码错误。连续 {options.Lockout.MaxFailures} 次密码错误后，账号将锁定 {options.Lockout.Duration.TotalMinutes:0} 分钟。"),
    };

    private static IResult BuiltInSignInOff(AuthOptions options) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "内置登录未启用",
        detail: $"本平台使用统一身份认证（Auth:Mode = OpenIdConnect），请从 {options.OpenIdConnect.Authority} 获取令牌；内置账号的登录和改密接口已关闭。");

    private static string ChinaTime(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
