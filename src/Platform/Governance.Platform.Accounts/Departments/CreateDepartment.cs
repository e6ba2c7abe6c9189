using FluentValidation;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Departments;

/// <summary>Creates a department with every optional module switched off.</summary>
public sealed record CreateDepartment(string Code, string Name, DepartmentKind? Kind) : ICommand<Unit>, IDepartmentDefinition;

internal sealed class CreateDepartmentValidator : AbstractValidator<CreateDepartment>
{
    public CreateDepartmentValidator()
    {
        RuleFor(d => d.Code).MustBeCode("部门");
        this.AddDepartmentRules();
    }
}

internal sealed class CreateDepartmentHandler(PlatformDbContext db) : IRequestHandler<CreateDepartment, Unit>
{
    public async Task<Unit> Handle(CreateDepartment command, CancellationToken cancellationToken)
    {
        if (await db.Departments.AnyAsync(d => d.Code == command.Code, cancellationToken))
        {
            throw new ConflictException($"部门代码 {command.Code} 已存在。");
        }

        db.Departments.Add(new Department(command.Code, command.Name.Trim(), command.Kind!.Value));
        return Unit.Value;
    }
}
