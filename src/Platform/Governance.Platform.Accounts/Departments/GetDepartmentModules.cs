using Governance.Platform.Accounts.Data;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Departments;

/// <summary>Whether the department may use a loaded module; required modules are always on.</summary>
public sealed record DepartmentModuleView(string ModuleId, string DisplayName, bool Enabled, bool Required);

internal sealed record GetDepartmentModules(string Code) : IQuery<IReadOnlyList<DepartmentModuleView>>;

internal sealed class GetDepartmentModulesHandler(PlatformDbContext db, ILoadedModules modules)
    : IRequestHandler<GetDepartmentModules, IReadOnlyList<DepartmentModuleView>>
{
    public async Task<IReadOnlyList<DepartmentModuleView>> Handle(GetDepartmentModules query, CancellationToken cancellationToken)
    {
        if (!await db.Departments.AnyAsync(d => d.Code == query.Code, cancellationToken))
        {
            throw new NotFoundException($"部门 {query.Code} 不存在");
        }

        var switchedOn = await db.DepartmentModules.Where(s => s.DepartmentCode == query.Code && s.Enabled)
            .Select(s => s.ModuleId).ToListAsync(cancellationToken);
        return modules.Manifests
            .Select(m => new DepartmentModuleView(
                m.Id, m.DisplayName, m.Required || switchedOn.Contains(m.Id), m.Required))
            .ToList();
    }
}
