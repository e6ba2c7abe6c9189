using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.Platform.Accounts.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.SignIn;

/// <summary>
/// Checks passwords with ASP.NET Core Identity's PBKDF2 hasher and keeps the lock-out count: after
/// <c>Auth:Lockout:MaxFailures</c> wrong passwords in a row the account is locked for <c>Auth:Lockout:Duration</c>.
/// Counters change in single UPDATE statements, so parallel attempts cannot lose a failure. Wrong second-factor codes
/// count the same way.
/// </summary>
internal sealed class PasswordSignIn(
    PlatformDbContext db, IPasswordHasher<UserAccount> hasher, AuthOptions options, TimeProvider clock)
{
    // Checked against for unknown user names, so that they take as long to refuse as wrong passwords.
    private static readonly Lazy<string> UnknownUserHash =
        new(() => new PasswordHasher<UserAccount>().HashPassword(null!, Guid.NewGuid().ToString()));

    public async Task<SignInOutcome> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var normalized = UserAccount.Normalize(userName);
        var user = await db.Users.Include(u => u.Roles)
            .FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        if (user is null)
        {
            hasher.VerifyHashedPassword(null!, UnknownUserHash.Value, password);
            return new SignInOutcome.WrongCredentials();
        }

        return await VerifyAsync(user, password, countsTowardLockout: true, cancellationToken);
    }

    /// <summary>
    /// Checks <paramref name="password"/> for a loaded account and clears the failure count on success. A wrong one counts
    /// towards lock-out only when <paramref name="countsTowardLockout"/>; otherwise it is <see cref="SignInOutcome.WrongCurrentPassword"/>.
    /// </summary>
    public async Task<SignInOutcome> VerifyAsync(
        UserAccount user, string password, bool countsTowardLockout, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (user.LockedUntil > now)
        {
            return new SignInOutcome.LockedOut(user.LockedUntil.Value);
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            return countsTowardLockout
                ? await RecordFailureAsync(user.Id, cancellationToken)
                : new SignInOutcome.WrongCurrentPassword(SessionsEnded: false);
        }

        if (user.Disabled)
        {
            return new SignInOutcome.AccountDisabled();
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            var upgraded = hasher.HashPassword(user, password);
            await db.Users.Where(u => u.Id == user.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, upgraded), cancellationToken);
        }

        // Otherwise whoever knows the password could clear the count of wrong codes by signing in again between guesses.
        if (!(countsTowardLockout && user.SecondFactorEnabled))
        {
            await ClearFailuresAsync(user, cancellationToken);
        }

        return new SignInOutcome.Succeeded(user);
    }

    public async Task ClearFailuresAsync(UserAccount user, CancellationToken cancellationToken)
    {
        if (user.FailedSignIns > 0 || user.LockedUntil is not null)
        {
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.FailedSignIns, 0)
                .SetProperty(u => u.LockedUntil, (DateTimeOffset?)null), cancellationToken);
        }
    }

    /// <summary>Counts a wrong password or second-factor code; <see cref="SignInOutcome.LockedOut"/> when it locks the account.</summary>
    public async Task<SignInOutcome> RecordFailureAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var max = options.Lockout.MaxFailures;
        DateTimeOffset? until = now + options.Lockout.Duration;
        var account = db.Users.Where(u => u.Id == userId);
        await account.ExecuteUpdateAsync(s => s
            .SetProperty(u => u.LockedUntil, u => u.FailedSignIns + 1 >= max ? until : u.LockedUntil)
            .SetProperty(u => u.FailedSignIns, u => u.FailedSignIns + 1 >= max ? 0 : u.FailedSignIns + 1), cancellationToken);
        var lockedUntil = await account.Select(u => u.LockedUntil).SingleAsync(cancellationToken);
        return lockedUntil > now ? new SignInOutcome.LockedOut(lockedUntil.Value) : new SignInOutcome.WrongCredentials();
    }
}
