using Governance.Platform.Accounts.Access;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.Platform.Accounts.Security;
using Governance.SharedKernel.Errors;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Governance.Platform.Accounts.SignIn;

/// <summary>
/// A signed-in user replaces their password, proving the current one. Other sessions of the account end; the caller gets a
/// fresh token. A wrong current password does not count towards lock-out (whoever holds a stolen token could otherwise
/// lock the owner out); <c>Auth:Lockout:MaxFailures</c> of them in a row within <c>Auth:Lockout:Duration</c> end every
/// session of the account instead, so a stolen token cannot go on guessing and the owner simply signs in again. The
/// count is kept per instance.
/// </summary>
internal sealed class OwnPasswordChange(
    PlatformDbContext db, PasswordSignIn signIn, IPasswordHasher<UserAccount> hasher, AccountStatusCache statuses,
    IMemoryCache cache, AuthOptions options)
{
    public async Task<SignInOutcome> ChangeAsync(Guid? userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new NotFoundException("当前令牌不属于平台内置账号，无法在此修改密码。");
        var outcome = await signIn.VerifyAsync(user, currentPassword, countsTowardLockout: false, cancellationToken);
        if (outcome is SignInOutcome.WrongCurrentPassword)
        {
            return await CountWrongPasswordAsync(user, cancellationToken);
        }

        if (outcome is not SignInOutcome.Succeeded)
        {
            return outcome;
        }

        cache.Remove(Key(user.Id));
        await db.Entry(user).ReloadAsync(cancellationToken);
        if (WasUsedRecently(user, newPassword))
        {
            return new SignInOutcome.ReusedPassword(options.Password.History);
        }

        user.SetPassword(hasher.HashPassword(user, newPassword), temporary: false);
        await db.SaveChangesAsync(cancellationToken);
        statuses.Forget(user.Id);
        return outcome;
    }

    private async Task<SignInOutcome> CountWrongPasswordAsync(UserAccount user, CancellationToken cancellationToken)
    {
        var failures = (cache.TryGetValue(Key(user.Id), out int counted) ? counted : 0) + 1;
        if (failures < options.Lockout.MaxFailures)
        {
            cache.Set(Key(user.Id), failures, options.Lockout.Duration);
            return new SignInOutcome.WrongCurrentPassword(SessionsEnded: false);
        }

        cache.Remove(Key(user.Id));
        user.EndSessions();
        await db.SaveChangesAsync(cancellationToken);
        statuses.Forget(user.Id);
        return new SignInOutcome.WrongCurrentPassword(SessionsEnded: true);
    }

    private bool WasUsedRecently(UserAccount user, string password) =>
        new[] { user.PasswordHash }.Concat(user.PreviousPasswordHashes).Take(options.Password.History)
            .Any(hash => hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed);

    private static (string, Guid) Key(Guid userId) => ("wrong-current-password", userId);
}
