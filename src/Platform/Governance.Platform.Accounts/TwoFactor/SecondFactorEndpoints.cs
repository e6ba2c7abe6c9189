using FluentValidation;
using Governance.Platform.Abstractions;
using Governance.Platform.Abstractions.Auditing;
using Governance.Platform.Accounts.Access;
using Governance.Platform.Accounts.SignIn;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Security;

namespace Governance.Platform.Accounts.TwoFactor;

/// <summary>
/// <c>/api/auth/second-factor</c>: a signed-in user turns their TOTP second factor on (enrol, then confirm with a first
/// code) or off. Every attempt is audited, refused ones with the reason.
/// </summary>
internal static class SecondFactorEndpoints
{
    public static void MapSecondFactorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth/second-factor").WithGroupName(PlatformNames.Document)
            .WithTags("登录 Sign-in").RequireAuthorization();
        group.MapPost("enrol", EnrolAsync).WithMetadata(new AllowedBeforeSecondFactorEnrolment())
            .WithSummary("启用双因素认证 Start: returns the TOTP key and its otpauth:// URI, shown only this once");
        group.MapPost("confirm", ConfirmAsync).WithMetadata(new AllowedBeforeSecondFactorEnrolment())
            .WithSummary("确认双因素认证 Turn it on with a first code; returns 10 recovery codes (shown once) and a fresh token");
        group.MapPost("disable", DisableAsync)
            .WithSummary("停用双因素认证 Turn it off with a current code or the password; returns a fresh token");
    }

    private static Task<SecondFactorEnrolment> EnrolAsync(
        ICurrentUser caller, OwnSecondFactor own, ISignInAudit audit, CancellationToken cancellationToken) =>
        AuditedAsync(audit, ISignInAudit.EnrolSecondFactor, caller, () => own.EnrolAsync(caller.UserId, cancellationToken), cancellationToken);

    private static async Task<SecondFactorConfirmed> ConfirmAsync(
        ConfirmSecondFactorRequest request, IValidator<ConfirmSecondFactorRequest> validator, ICurrentUser caller,
        OwnSecondFactor own, AccountTokens tokens, ISignInAudit audit, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var (user, codes) = await AuditedAsync(audit, ISignInAudit.ConfirmSecondFactor, caller,
            () => own.ConfirmAsync(caller.UserId, request.Code!, cancellationToken), cancellationToken);
        return new SecondFactorConfirmed(codes, await tokens.IssueForAsync(user, cancellationToken));
    }

    private static async Task<TokenResponse> DisableAsync(
        DisableSecondFactorRequest request, IValidator<DisableSecondFactorRequest> validator, ICurrentUser caller,
        OwnSecondFactor own, AccountTokens tokens, ISignInAudit audit, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var user = await AuditedAsync(audit, ISignInAudit.DisableSecondFactor, caller,
            () => own.DisableAsync(caller.UserId, request.Code, request.Password, cancellationToken), cancellationToken);
        return await tokens.IssueForAsync(user, cancellationToken);
    }

    private static async Task<T> AuditedAsync<T>(
        ISignInAudit audit, string operation, ICurrentUser caller, Func<Task<T>> change, CancellationToken cancellationToken)
    {
        try
        {
            var result = await change();
            await audit.RecordAsync(operation, caller.UserId, caller.UserName ?? "", succeeded: true, null, cancellationToken);
            return result;
        }
        catch (Exception refused) when (refused is ValidationException or ConflictException or NotFoundException)
        {
            var reason = refused is ValidationException invalid
                ? "Invalid " + string.Join(",", invalid.Errors.Select(e => e.PropertyName))
                : refused.GetType().Name;
            await audit.RecordAsync(operation, caller.UserId, caller.UserName ?? "", succeeded: false, reason, cancellationToken);
            throw;
        }
    }
}
