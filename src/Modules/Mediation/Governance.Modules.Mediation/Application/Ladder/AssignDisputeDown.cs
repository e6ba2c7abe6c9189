using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Identifiers.Validation;
using MediatR;

namespace Governance.Modules.Mediation.Application.Ladder;

/// <summary>交办: a higher level assigns it one level down; a dispute registered at this level names the lower region.</summary>
internal sealed record AssignDisputeDown(string? RegionCode, string? Instruction) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<AssignDisputeDown>(routes.Disputes, "assign-down", MediationPermissions.Mediate, "交办下一级");
}

internal sealed class AssignDisputeDownValidator : AbstractValidator<AssignDisputeDown>
{
    public AssignDisputeDownValidator()
    {
        RuleFor(c => c.RegionCode).MustBeRegionCode();
        RuleFor(c => c.Instruction).NotEmpty().WithMessage("请填写交办意见").MaximumLength(2000).WithMessage("交办意见最多 2000 个字符");
    }
}

internal sealed class AssignDisputeDownHandler(MediationDbContext db, CaseActs acts, IDisputeDeadlines deadlines) : IRequestHandler<AssignDisputeDown, Guid>
{
    public async Task<Guid> Handle(AssignDisputeDown c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        await dispute.AssignDownAsync(c.RegionCode, c.Instruction!, deadlines, acts.ByCaller(), ct);
        return dispute.Id;
    }
}
