using Governance.Platform.Accounts.Access;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.Platform.Accounts.Passwords;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Users;

/// <summary>
/// Gives an account a new temporary password (returned once) and lifts a lock-out; the account's tokens stop working and
/// the next sign-in must change the password.
/// </summary>
internal sealed record ResetPassword(Guid Id) : ICommand<TemporaryPassword>;

public sealed record TemporaryPassword(string UserName, string Password, bool MustChangePassword);

internal sealed class ResetPasswordHandler(
    PlatformDbContext db, PasswordPolicy passwords, IPasswordHasher<UserAccount> hasher, AccountStatusCache statuses)
    : IRequestHandler<ResetPassword, TemporaryPassword>
{
    public async Task<TemporaryPassword> Handle(ResetPassword command, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException($"用户 {command.Id} 不存在");
        var password = passwords.Generate();
        user.SetPassword(hasher.HashPassword(user, password), temporary: true);
        await db.SaveChangesAsync(cancellationToken);
        statuses.Forget(user.Id);
        return new TemporaryPassword(user.UserName, password, MustChangePassword: true);
    }
}
