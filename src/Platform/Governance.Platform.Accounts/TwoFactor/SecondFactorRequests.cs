using FluentValidation;

namespace Governance.Platform.Accounts.TwoFactor;

/// <summary>The second step of a sign-in: the challenge and either a current code or a recovery code.</summary>
public sealed record SecondFactorSignInRequest(string? Challenge, string? Code, string? RecoveryCode);

public sealed record ConfirmSecondFactorRequest(string? Code);

/// <summary>Turning one's second factor off needs a current code or the password.</summary>
public sealed record DisableSecondFactorRequest(string? Code, string? Password);

/// <summary>The key to add to an authenticator app, shown this once.</summary>
public sealed record SecondFactorEnrolment(string Secret, string Uri);

/// <summary>The second factor is on: the recovery codes (shown this once) and a fresh token.</summary>
public sealed record SecondFactorConfirmed(IReadOnlyList<string> RecoveryCodes, SignIn.TokenResponse Token);

internal static class SecondFactorRules
{
    public static IRuleBuilderOptions<T, string?> MustBeTotpCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches("^[0-9]{6}$").WithMessage("验证码应为验证器应用显示的 6 位数字");
}

internal sealed class SecondFactorSignInRequestValidator : AbstractValidator<SecondFactorSignInRequest>
{
    public SecondFactorSignInRequestValidator()
    {
        RuleFor(r => r.Challenge).NotEmpty().WithMessage("challenge 不能为空：先用用户名和密码调用 POST /api/auth/token");
        RuleFor(r => r.Code).NotEmpty().When(r => string.IsNullOrEmpty(r.RecoveryCode))
            .WithMessage("请填写验证码（code）或恢复码（recoveryCode）之一");
        RuleFor(r => r.Code).MustBeTotpCode().When(r => !string.IsNullOrEmpty(r.Code));
        RuleFor(r => r.RecoveryCode).Empty().When(r => !string.IsNullOrEmpty(r.Code))
            .WithMessage("验证码和恢复码只能填写一个");
    }
}

internal sealed class ConfirmSecondFactorRequestValidator : AbstractValidator<ConfirmSecondFactorRequest>
{
    public ConfirmSecondFactorRequestValidator() =>
        RuleFor(r => r.Code).NotEmpty().WithMessage("验证码不能为空").MustBeTotpCode();
}

internal sealed class DisableSecondFactorRequestValidator : AbstractValidator<DisableSecondFactorRequest>
{
    public DisableSecondFactorRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().When(r => string.IsNullOrEmpty(r.Password))
            .WithMessage("请填写当前验证码（code）或密码（password）之一");
        RuleFor(r => r.Code).MustBeTotpCode().When(r => !string.IsNullOrEmpty(r.Code));
    }
}
