using Governance.SharedKernel.Http;
using FluentValidation;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Departments;

/// <summary>Renames a department or changes its kind; its code is permanent.</summary>
internal sealed record UpdateDepartment(string Code, uint? ExpectedVersion, string Name, DepartmentKind? Kind)
    : ICommand<Unit>, IDepartmentDefinition;

internal sealed class UpdateDepartmentValidator : AbstractValidator<UpdateDepartment>
{
    public UpdateDepartmentValidator() => this.AddDepartmentRules();
}

internal sealed class UpdateDepartmentHandler(PlatformDbContext db) : IRequestHandler<UpdateDepartment, Unit>
{
    public async Task<Unit> Handle(UpdateDepartment command, CancellationToken cancellationToken)
    {
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Code == command.Code, cancellationToken)
            ?? throw new NotFoundException($"部门 {command.Code} 不存在");
        EntityTags.EnsureCurrent(command.ExpectedVersion, department.Version, $"部门 {department.Code} ");
        department.Name = command.Name.Trim();
        department.Kind = command.Kind!.Value;
        return Unit.Value;
    }
}
