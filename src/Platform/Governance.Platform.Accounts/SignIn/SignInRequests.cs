using FluentValidation;
using Governance.Platform.Accounts.Passwords;
using Governance.SharedKernel.Security;

namespace Governance.Platform.Accounts.SignIn;

public sealed record SignInRequest(string? UserName, string? Password);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

internal sealed class SignInRequestValidator : AbstractValidator<SignInRequest>
{
    public SignInRequestValidator()
    {
        RuleFor(r => r.UserName).NotEmpty().WithMessage("用户名不能为空");
        RuleFor(r => r.Password).NotEmpty().WithMessage("密码不能为空");
    }
}

internal sealed class ChangePasswordRequestValidator : AbstractValidator<ChangePasswordRequest>
{
    public ChangePasswordRequestValidator(PasswordPolicy policy, ICurrentUser caller)
    {
        RuleFor(r => r.CurrentPassword).NotEmpty().WithMessage("当前密码不能为空");
        RuleFor(r => r.NewPassword!).NotEmpty().WithMessage("新密码不能为空")
            .MustBeStrongPassword(policy, _ => caller.UserName)
            .NotEqual(r => r.CurrentPassword).WithMessage("新密码不能与当前密码相同");
    }
}
