using FluentValidation;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.Platform.Accounts.Passwords;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Users;

/// <summary>Creates an account with a temporary password, returned once, that must be changed at the first sign-in.</summary>
public sealed record CreateUser(
    string UserName, string DisplayName, string Department, string? Jurisdiction, IReadOnlyList<string>? Roles)
    : ICommand<CreatedUser>, IUserAssignment;

public sealed record CreatedUser(Guid Id, string UserName, string TemporaryPassword);

internal sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator(PlatformDbContext db)
    {
        RuleFor(c => c.UserName).MustBeUserName();
        this.AddAssignmentRules(db);
    }
}

internal sealed class CreateUserHandler(
    PlatformDbContext db, PasswordPolicy passwords, IPasswordHasher<UserAccount> hasher, TimeProvider clock)
    : IRequestHandler<CreateUser, CreatedUser>
{
    public async Task<CreatedUser> Handle(CreateUser command, CancellationToken cancellationToken)
    {
        var normalized = UserAccount.Normalize(command.UserName);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
        {
            throw new ConflictException($"用户名 {command.UserName} 已被使用（用户名不区分大小写）。");
        }

        var user = new UserAccount(command.UserName.Trim(), clock.GetUtcNow());
        var roles = await db.RolesNamedAsync(command.Roles, cancellationToken);
        user.Assign(command.DisplayName.Trim(), command.Department, JurisdictionInput.Normalize(command.Jurisdiction), roles);
        var password = passwords.Generate();
        user.SetPassword(hasher.HashPassword(user, password), temporary: true);
        db.Users.Add(user);
        return new CreatedUser(user.Id, user.UserName, password);
    }
}
