using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.Platform.Accounts.SignIn;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.TwoFactor;

/// <summary>
/// The second step of signing in to an account with a second factor: the password step's challenge and a current code
/// (each time step accepted once) or an unspent recovery code (spent by this). Wrong codes count towards lock-out like
/// wrong passwords; the count clears only here, not at the password step.
/// </summary>
internal sealed class SecondFactorSignIn(
    PlatformDbContext db, SignInChallenges challenges, TotpCodes totp, PasswordSignIn signIn, TimeProvider clock)
{
    /// <returns>The outcome, and the account when the challenge named one that is still as it was.</returns>
    public async Task<(SignInOutcome Outcome, UserAccount? User)> CompleteAsync(
        string challenge, string? code, string? recoveryCode, CancellationToken cancellationToken)
    {
        var pending = challenges.Read(challenge);
        var user = pending is null ? null
            : await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == pending.Value.UserId, cancellationToken);
        if (user is null || user.SecurityStamp.ToString() != pending!.Value.Stamp || !user.SecondFactorEnabled)
        {
            return (new SignInOutcome.ChallengeInvalid(), null);
        }

        return (await CheckAsync(user, code, recoveryCode, cancellationToken), user);
    }

    private async Task<SignInOutcome> CheckAsync(UserAccount user, string? code, string? recoveryCode, CancellationToken cancellationToken)
    {
        if (user.LockedUntil > clock.GetUtcNow())
        {
            return new SignInOutcome.LockedOut(user.LockedUntil.Value);
        }

        if (user.Disabled)
        {
            return new SignInOutcome.AccountDisabled();
        }

        var accepted = code is not null
            ? await AcceptCodeAsync(db, totp, user, code, cancellationToken)
            : await SpendRecoveryCodeAsync(user, recoveryCode!, cancellationToken);
        if (!accepted)
        {
            return await signIn.RecordFailureAsync(user.Id, cancellationToken) is SignInOutcome.LockedOut locked
                ? locked
                : new SignInOutcome.WrongSecondFactor();
        }

        await signIn.ClearFailuresAsync(user, cancellationToken);
        return new SignInOutcome.Succeeded(user);
    }

    /// <summary>
    /// Whether <paramref name="code"/> is current for the account's enabled key and of a later step than any accepted
    /// before; a single UPDATE records its step, so two requests with one code cannot both pass.
    /// </summary>
    public static async Task<bool> AcceptCodeAsync(
        PlatformDbContext db, TotpCodes totp, UserAccount user, string code, CancellationToken cancellationToken)
    {
        if (totp.StepOf(user.SecondFactorSecret!, code) is not { } step)
        {
            return false;
        }

        return await db.Users.Where(u => u.Id == user.Id && u.SecondFactorLastStep < step)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.SecondFactorLastStep, step), cancellationToken) == 1;
    }

    private async Task<bool> SpendRecoveryCodeAsync(UserAccount user, string recoveryCode, CancellationToken cancellationToken)
    {
        var hash = RecoveryCodes.Hash(recoveryCode);
        return await db.Database.ExecuteSqlAsync($"""
            UPDATE platform.users SET recovery_code_hashes = array_remove(recovery_code_hashes, {hash})
            WHERE id = {user.Id} AND {hash} = ANY (recovery_code_hashes)
            """, cancellationToken) == 1;
    }
}
