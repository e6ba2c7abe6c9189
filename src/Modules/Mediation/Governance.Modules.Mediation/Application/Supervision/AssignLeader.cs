using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.Supervision;

/// <summary>领导包案: a leader takes personal charge of a major dispute.</summary>
internal sealed record AssignLeader(string? Leader, string? Note) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<AssignLeader>(routes.Disputes, "leader", MediationPermissions.Supervise, "领导包案（重大纠纷）");
}

internal sealed class AssignLeaderValidator : AbstractValidator<AssignLeader>
{
    public AssignLeaderValidator()
    {
        RuleFor(c => c.Leader).NotEmpty().WithMessage("请填写包案领导").MaximumLength(100).WithMessage("包案领导最多 100 个字符");
        RuleFor(c => c.Note).MaximumLength(500).WithMessage("说明最多 500 个字符");
    }
}

internal sealed class AssignLeaderHandler(MediationDbContext db, CaseActs acts) : IRequestHandler<AssignLeader, Guid>
{
    public async Task<Guid> Handle(AssignLeader c, CancellationToken ct)
    {
        var dispute = await db.ForChangeAsync(c, acts, ct);
        dispute.AssignLeader(null, c.Leader!.Trim(), [], null, null, c.Note, acts.ByCaller());
        return dispute.Id;
    }
}
