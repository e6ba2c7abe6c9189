using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Workflow;
using MediatR;

namespace Governance.Modules.Mediation.Application.Supervision;

/// <summary>督办 with a level; 挂牌督办 (<see cref="SupervisionLevel.Listed"/>) only for major disputes.</summary>
internal sealed record SuperviseDispute(SupervisionLevel? Level, string? Note) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<SuperviseDispute>(routes.Disputes, "supervision", MediationPermissions.Supervise, "督办（挂牌督办限重大纠纷）");
}

internal sealed class SuperviseDisputeValidator : AbstractValidator<SuperviseDispute>
{
    public SuperviseDisputeValidator()
    {
        RuleFor(c => c.Level).NotNull().WithMessage("请选择督办级别").IsInEnum().WithMessage("督办级别不在代码表中");
        RuleFor(c => c.Note).NotEmpty().WithMessage("请填写督办意见").MaximumLength(500).WithMessage("督办意见最多 500 个字符");
    }
}

internal sealed class SuperviseDisputeHandler(MediationDbContext db, CaseActs acts) : IRequestHandler<SuperviseDispute, Guid>
{
    public async Task<Guid> Handle(SuperviseDispute c, CancellationToken ct)
    {
        var dispute = await db.ForChangeAsync(c, acts, ct);
        dispute.Supervise(c.Level!.Value, c.Note!.Trim(), acts.ByCaller());
        return dispute.Id;
    }
}
