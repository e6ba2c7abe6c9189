using Governance.SharedKernel.Http;
using Governance.Platform.Accounts.Access;
using Governance.Platform.Accounts.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Departments;

/// <summary>Deletes a department no account belongs to any more (409 otherwise), with its module switches.</summary>
internal sealed record DeleteDepartment(string Code, uint? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteDepartmentHandler(PlatformDbContext db, DepartmentModuleAccess access) : IRequestHandler<DeleteDepartment, Unit>
{
    public async Task<Unit> Handle(DeleteDepartment command, CancellationToken cancellationToken)
    {
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Code == command.Code, cancellationToken)
            ?? throw new NotFoundException($"部门 {command.Code} 不存在");
        EntityTags.EnsureCurrent(command.ExpectedVersion, department.Version, $"部门 {department.Code} ");
        var members = await db.Users.CountAsync(u => u.DepartmentCode == department.Code, cancellationToken);
        if (members > 0)
        {
            throw new ConflictException($"部门 {department.Code} 仍有 {members} 个用户，请先把他们调到其他部门。");
        }

        db.Departments.Remove(department);
        access.Forget(department.Code);
        return Unit.Value;
    }
}
