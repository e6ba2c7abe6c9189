using FluentValidation;
using Governance.Host.Accounts.Access;
using Governance.Host.Accounts.Data;
using Governance.Host.Accounts.Model;
using Governance.Host.Modules;
using Governance.Host.Platform;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Host.Accounts.Departments;

/// <summary>The body of <c>PUT /api/platform/departments/{code}/modules</c>: the ids of the modules to switch on.</summary>
public sealed record DepartmentModulesChange(IReadOnlyList<string>? Enabled);

/// <summary>
/// Switches on exactly the listed loaded modules for a department and switches off the others; takes effect at once.
/// Switches of modules not loaded in this installation are kept as they are.
/// </summary>
internal sealed record SetDepartmentModules(string Code, IReadOnlyList<string>? Enabled) : ICommand<Unit>;

internal sealed class SetDepartmentModulesValidator : AbstractValidator<SetDepartmentModules>
{
    public SetDepartmentModulesValidator(ModuleRuntime runtime) =>
        RuleFor(c => c.Enabled).Custom((ids, context) =>
        {
            var unknown = (ids ?? []).Where(id => runtime.Modules.All(m => m.Id != id)).ToList();
            if (unknown.Count > 0)
            {
                context.AddFailure(
                    $"模块 {string.Join("、", unknown)} 未安装或未启用；可开通的模块：{string.Join("、", runtime.Modules.Select(m => m.Id))}");
            }
        });
}

internal sealed class SetDepartmentModulesHandler(PlatformDbContext db, ModuleRuntime runtime, DepartmentModuleAccess access)
    : IRequestHandler<SetDepartmentModules, Unit>
{
    public async Task<Unit> Handle(SetDepartmentModules command, CancellationToken cancellationToken)
    {
        if (!await db.Departments.AnyAsync(d => d.Code == command.Code, cancellationToken))
        {
            throw new NotFoundException($"部门 {command.Code} 不存在");
        }

        var switches = await db.DepartmentModules.Where(s => s.DepartmentCode == command.Code)
            .ToDictionaryAsync(s => s.ModuleId, cancellationToken);
        foreach (var module in runtime.Modules.Where(m => !m.Manifest.Required))
        {
            var enabled = command.Enabled?.Contains(module.Id) == true;
            if (switches.TryGetValue(module.Id, out var existing))
            {
                existing.Enabled = enabled;
            }
            else
            {
                db.DepartmentModules.Add(new DepartmentModule(command.Code, module.Id, enabled));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        access.Forget(command.Code);
        return Unit.Value;
    }
}
