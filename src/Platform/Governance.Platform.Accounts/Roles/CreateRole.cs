using FluentValidation;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.Platform.Accounts.Permissions;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Roles;

/// <param name="RequiresSecondFactor">Holders must sign in with a second factor (TOTP).</param>
public sealed record CreateRole(string Code, string Name, IReadOnlyList<string>? Permissions, bool RequiresSecondFactor = false)
    : ICommand<Unit>, IRoleDefinition;

internal sealed class CreateRoleValidator : AbstractValidator<CreateRole>
{
    public CreateRoleValidator(PermissionCatalog catalog)
    {
        RuleFor(r => r.Code).MustBeCode("角色");
        this.AddRoleRules(catalog);
    }
}

internal sealed class CreateRoleHandler(PlatformDbContext db) : IRequestHandler<CreateRole, Unit>
{
    public async Task<Unit> Handle(CreateRole command, CancellationToken cancellationToken)
    {
        if (await db.Roles.AnyAsync(r => r.Code == command.Code, cancellationToken))
        {
            throw new ConflictException($"角色代码 {command.Code} 已存在。");
        }

        db.Roles.Add(new Role(command.Code, command.Name.Trim(), RoleRules.Normalized(command.Permissions))
        {
            RequiresSecondFactor = command.RequiresSecondFactor,
        });
        return Unit.Value;
    }
}
