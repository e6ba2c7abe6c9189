using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.Ladder;

/// <summary>分流指派 by 谁主管谁负责: the functional department (人社、住建、信访 …) responsible for the matter takes it on.</summary>
internal sealed record AssignDepartment(string? Department, string? Note) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<AssignDepartment>(routes.Disputes, "department", MediationPermissions.Mediate, "分流指派主管部门（谁主管谁负责）");
}

internal sealed class AssignDepartmentValidator : AbstractValidator<AssignDepartment>
{
    public AssignDepartmentValidator()
    {
        RuleFor(c => c.Department).NotEmpty().WithMessage("请填写主管部门代码")
            .Matches("^[a-z0-9-]{1,50}$").WithMessage("部门代码应为 1 到 50 个小写字母、数字或连字符（如 rsj）");
        RuleFor(c => c.Note).NotEmpty().WithMessage("请填写指派意见").MaximumLength(1000).WithMessage("指派意见最多 1000 个字符");
    }
}

internal sealed class AssignDepartmentHandler(MediationDbContext db, CaseActs acts) : IRequestHandler<AssignDepartment, Guid>
{
    public async Task<Guid> Handle(AssignDepartment c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        dispute.AssignDepartment(c.Department!, c.Note!, acts.ByCaller());
        return dispute.Id;
    }
}
