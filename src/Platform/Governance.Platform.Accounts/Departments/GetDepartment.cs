using Governance.Platform.Accounts.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Departments;

internal sealed record GetDepartment(string Code) : IQuery<DepartmentView>;

internal sealed class GetDepartmentHandler(PlatformDbContext db) : IRequestHandler<GetDepartment, DepartmentView>
{
    public async Task<DepartmentView> Handle(GetDepartment query, CancellationToken cancellationToken) =>
        await db.Departments.Where(d => d.Code == query.Code).Select(DepartmentView.FromDepartment)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"部门 {query.Code} 不存在");
}
