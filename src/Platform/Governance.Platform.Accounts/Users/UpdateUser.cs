using Governance.SharedKernel.Http;
using FluentValidation;
using Governance.Platform.Accounts.Access;
using Governance.Platform.Accounts.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Users;

/// <summary>The body of <c>PUT /api/platform/users/{id}</c>.</summary>
public sealed record UserAssignment(string DisplayName, string Department, string? Jurisdiction, IReadOnlyList<string>? Roles);

/// <summary>Moves an account to another department, jurisdiction or set of roles; its existing tokens stop working.</summary>
internal sealed record UpdateUser(
    Guid Id, uint? ExpectedVersion, string DisplayName, string Department, string? Jurisdiction, IReadOnlyList<string>? Roles)
    : ICommand<Unit>, IUserAssignment;

internal sealed class UpdateUserValidator : AbstractValidator<UpdateUser>
{
    public UpdateUserValidator(PlatformDbContext db) => this.AddAssignmentRules(db);
}

internal sealed class UpdateUserHandler(PlatformDbContext db, AccountStatusCache statuses) : IRequestHandler<UpdateUser, Unit>
{
    public async Task<Unit> Handle(UpdateUser command, CancellationToken cancellationToken)
    {
        var user = await db.Users.Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException($"用户 {command.Id} 不存在");
        EntityTags.EnsureCurrent(command.ExpectedVersion, user.Version, $"用户 {user.UserName} ");
        var roles = await db.RolesNamedAsync(command.Roles, cancellationToken);
        user.Assign(command.DisplayName.Trim(), command.Department, JurisdictionInput.Normalize(command.Jurisdiction), roles);
        await db.SaveKeepingAnAdministratorAsync(cancellationToken);
        statuses.Forget(user.Id);
        return Unit.Value;
    }
}
