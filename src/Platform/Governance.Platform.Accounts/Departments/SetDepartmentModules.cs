using FluentValidation;
using Governance.Platform.Accounts.Access;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Model;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts.Departments;

/// <summary>The body of <c>PUT /api/platform/departments/{code}/modules</c>: the ids of the modules to switch on.</summary>
public sealed record DepartmentModulesChange(IReadOnlyList<string>? Enabled);

/// <summary>
/// Switches on exactly the listed loaded modules for a department and switches off the others; takes effect at once.
/// Switches of modules not loaded in this installation are kept as they are.
/// </summary>
internal sealed record SetDepartmentModules(string Code, IReadOnlyList<string>? Enabled) : ICommand<Unit>;

internal sealed class SetDepartmentModulesValidator : AbstractValidator<SetDepartmentModules>
{
    public SetDepartmentModulesValidator(ILoadedModules modules) =>
        RuleFor(c => c.Enabled).Custom((ids, context) =>
        {
            var unknown = (ids ?? []).Where(id => modules.Manifests.All(m => m.Id != id)).ToList();
            if (unknown.Count > 0)
            {
                context.AddFailure(
                    $"模块 {string.Join("、", unknown)} 未安装或未启用；可开通的模块：{string.Join("、", modules.Manifests.Select(m => m.Id))}");
            }
        });
}

internal sealed class SetDepartmentModulesHandler(PlatformDbContext db, ILoadedModules modules, DepartmentModuleAccess access)
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
        foreach (var module in modules.Manifests.Where(m => !m.Required))
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
