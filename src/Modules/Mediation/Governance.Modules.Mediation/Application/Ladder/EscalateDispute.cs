using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.Ladder;

/// <summary>上报: the level cannot settle it and sends it one level up with its written opinion (村 → 乡镇 → 县).</summary>
internal sealed record EscalateDispute(string? Opinion) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<EscalateDispute>(routes.Disputes, "escalate", MediationPermissions.Mediate, "上报上一级（附书面意见）");
}

internal sealed class EscalateDisputeValidator : AbstractValidator<EscalateDispute>
{
    public EscalateDisputeValidator() =>
        RuleFor(c => c.Opinion).NotEmpty().WithMessage("上报须附书面意见").MaximumLength(2000).WithMessage("书面意见最多 2000 个字符");
}

internal sealed class EscalateDisputeHandler(MediationDbContext db, CaseActs acts, IDisputeDeadlines deadlines) : IRequestHandler<EscalateDispute, Guid>
{
    public async Task<Guid> Handle(EscalateDispute c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        await dispute.EscalateAsync(c.Opinion!, deadlines, acts.ByCaller(), ct);
        return dispute.Id;
    }
}
