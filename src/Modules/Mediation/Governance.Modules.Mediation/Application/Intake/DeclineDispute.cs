using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.Intake;

/// <summary>不予调解 for another reason (not a matter for people's mediation, already in court …).</summary>
internal sealed record DeclineDispute(string? Reason, string? SuggestedChannel) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<DeclineDispute>(routes.Disputes, "decline", MediationPermissions.Mediate, "不予调解（告知其他途径）");
}

internal sealed class DeclineDisputeValidator : AbstractValidator<DeclineDispute>
{
    public DeclineDisputeValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写不予调解的理由").MaximumLength(1000).WithMessage("理由最多 1000 个字符");
        RuleFor(c => c.SuggestedChannel).NotEmpty().WithMessage("请填写告知当事人的其他解决途径").MaximumLength(200).WithMessage("解决途径最多 200 个字符");
    }
}

internal sealed class DeclineDisputeHandler(MediationDbContext db, CaseActs acts) : IRequestHandler<DeclineDispute, Guid>
{
    public async Task<Guid> Handle(DeclineDispute c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        db.Publish(dispute.Decline(c.Reason!.Trim(), c.SuggestedChannel!, acts.ByCaller()));
        return dispute.Id;
    }
}
