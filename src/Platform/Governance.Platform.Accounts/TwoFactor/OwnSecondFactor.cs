using FluentValidation;
using FluentValidation.Results;
using Governance.Platform.Accounts.Access;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.SharedKernel.Errors;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.TwoFactor;

/// <summary>
/// A signed-in user enrols, confirms or turns off their own second factor. Confirming and turning off change the
/// account's stamp: its other sessions end and the caller gets a fresh token.
/// </summary>
internal sealed class OwnSecondFactor(
    PlatformDbContext db, TotpCodes totp, IPasswordHasher<UserAccount> hasher, AccountStatusCache statuses)
{
    /// <summary>A new pending key (replacing one not confirmed yet); refused while one is on.</summary>
    public async Task<SecondFactorEnrolment> EnrolAsync(Guid? userId, CancellationToken cancellationToken)
    {
        var user = await LoadAsync(userId, cancellationToken);
        if (user.SecondFactorEnabled)
        {
            throw new ConflictException("已启用双因素认证。如需更换验证器，请先停用（POST /api/auth/second-factor/disable）再重新启用。");
        }

        var secret = TotpCodes.NewSecret();
        user.BeginSecondFactor(secret);
        await db.SaveChangesAsync(cancellationToken);
        return new SecondFactorEnrolment(secret, TotpCodes.UriOf(secret, user.UserName));
    }

    /// <summary>Turns the pending key on with its first code; returns the account and its recovery codes.</summary>
    public async Task<(UserAccount User, IReadOnlyList<string> RecoveryCodes)> ConfirmAsync(
        Guid? userId, string code, CancellationToken cancellationToken)
    {
        var user = await LoadAsync(userId, cancellationToken);
        if (user.SecondFactorEnabled || user.SecondFactorSecret is null)
        {
            throw new ConflictException(user.SecondFactorEnabled
                ? "双因素认证已启用，无需再次确认。"
                : "尚未开始启用双因素认证：请先调用 POST /api/auth/second-factor/enrol 获取密钥。");
        }

        if (totp.StepOf(user.SecondFactorSecret, code) is not { } step)
        {
            throw Invalid(nameof(ConfirmSecondFactorRequest.Code), "验证码不正确：请确认验证器应用已添加本次返回的密钥，且手机时间准确");
        }

        var (codes, hashes) = RecoveryCodes.Generate();
        user.EnableSecondFactor(step, hashes);
        await db.SaveChangesAsync(cancellationToken);
        statuses.Forget(user.Id);
        return (user, codes);
    }

    /// <summary>Turns the second factor off after a current code or the password; not while a role requires it.</summary>
    public async Task<UserAccount> DisableAsync(Guid? userId, string? code, string? password, CancellationToken cancellationToken)
    {
        var user = await LoadAsync(userId, cancellationToken);
        if (!user.SecondFactorEnabled)
        {
            throw new ConflictException("尚未启用双因素认证。");
        }

        if (user.Roles.FirstOrDefault(r => r.RequiresSecondFactor) is { } role)
        {
            throw new ConflictException($"角色“{role.Name}”要求使用双因素认证，不能停用。如验证器丢失，请用恢复码登录或请系统管理员重置。");
        }

        if (!string.IsNullOrEmpty(code) ? !await SecondFactorSignIn.AcceptCodeAsync(db, totp, user, code, cancellationToken)
            : hasher.VerifyHashedPassword(user, user.PasswordHash, password!) == PasswordVerificationResult.Failed)
        {
            throw !string.IsNullOrEmpty(code)
                ? Invalid(nameof(DisableSecondFactorRequest.Code), "验证码不正确或已使用过")
                : Invalid(nameof(DisableSecondFactorRequest.Password), "密码不正确");
        }

        // The accepted code's step was written past the tracked row: reload it, or its row version no longer matches.
        await db.Entry(user).ReloadAsync(cancellationToken);
        user.RemoveSecondFactor();
        await db.SaveChangesAsync(cancellationToken);
        statuses.Forget(user.Id);
        return user;
    }

    private async Task<UserAccount> LoadAsync(Guid? userId, CancellationToken cancellationToken) =>
        await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
        ?? throw new NotFoundException("当前令牌不属于平台内置账号，无法在此设置双因素认证。");

    private static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);
}
