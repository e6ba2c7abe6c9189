using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.Ladder;

/// <summary>回退: a dispute sent up that the lower level should handle goes back down, with the reason.</summary>
internal sealed record ReturnDispute(string? Reason) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<ReturnDispute>(routes.Disputes, "return", MediationPermissions.Mediate, "回退下一级");
}

internal sealed class ReturnDisputeValidator : AbstractValidator<ReturnDispute>
{
    public ReturnDisputeValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写回退理由").MaximumLength(2000).WithMessage("回退理由最多 2000 个字符");
}

internal sealed class ReturnDisputeHandler(MediationDbContext db, CaseActs acts, IDisputeDeadlines deadlines) : IRequestHandler<ReturnDispute, Guid>
{
    public async Task<Guid> Handle(ReturnDispute c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        await dispute.ReturnAsync(c.Reason!, deadlines, acts.ByCaller(), ct);
        return dispute.Id;
    }
}
