using FluentValidation;
using FluentValidation.Results;
using Governance.Platform.Accounts.Access;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.SharedKernel.Errors;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.SignIn;

/// <summary>
/// A signed-in user replaces their password, proving the current one (a wrong one counts towards lock-out). Other
/// sessions of the account end; the caller gets a fresh token.
/// </summary>
internal sealed class OwnPasswordChange(
    PlatformDbContext db, PasswordSignIn signIn, IPasswordHasher<UserAccount> hasher, AccountStatusCache statuses)
{
    public async Task<SignInOutcome> ChangeAsync(Guid? userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new NotFoundException("当前令牌不属于平台内置账号，无法在此修改密码。");
        var outcome = await signIn.VerifyAsync(user, currentPassword, cancellationToken);
        if (outcome is SignInOutcome.WrongCredentials)
        {
            throw new ValidationException([new ValidationFailure(nameof(ChangePasswordRequest.CurrentPassword), "当前密码不正确")]);
        }

        if (outcome is not SignInOutcome.Succeeded)
        {
            return outcome;
        }

        await db.Entry(user).ReloadAsync(cancellationToken);
        user.SetPassword(hasher.HashPassword(user, newPassword), temporary: false);
        await db.SaveChangesAsync(cancellationToken);
        statuses.Forget(user.Id);
        return outcome;
    }
}
