using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.JudicialConfirmations;

/// <summary>The court's ruling: confirmed (确认有效) or not (不予确认), within 15 days of acceptance.</summary>
internal sealed record RecordCourtDecision(bool? Confirmed, DateTimeOffset? At, string? Note) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<RecordCourtDecision>(routes.Disputes, "judicial-confirmation/decision", MediationPermissions.Mediate, "记录法院确认结果");
}

internal sealed class RecordCourtDecisionValidator : AbstractValidator<RecordCourtDecision>
{
    public RecordCourtDecisionValidator()
    {
        RuleFor(c => c.Confirmed).NotNull().WithMessage("请填写法院是否确认协议有效");
        RuleFor(c => c.Note).NotEmpty().When(c => c.Confirmed == false).WithMessage("不予确认的，请填写法院的理由")
            .MaximumLength(1000).WithMessage("说明最多 1000 个字符");
    }
}

internal sealed class RecordCourtDecisionHandler(MediationDbContext db, CaseActs acts) : IRequestHandler<RecordCourtDecision, Guid>
{
    public async Task<Guid> Handle(RecordCourtDecision c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        dispute.RecordCourtDecision(c.Confirmed!.Value, c.At, c.Note, acts.ByCaller());
        return dispute.Id;
    }
}
