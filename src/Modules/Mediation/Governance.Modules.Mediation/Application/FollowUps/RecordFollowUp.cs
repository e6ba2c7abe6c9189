using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.FollowUps;

/// <summary>回访: a visit to the parties during or after performance.</summary>
internal sealed record RecordFollowUp(DateTimeOffset? VisitedAt, string? Visitor, string? Note, bool Satisfied) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<RecordFollowUp>(routes.Disputes, "follow-ups", MediationPermissions.Mediate, "回访");
}

internal sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUp>
{
    public RecordFollowUpValidator(TimeProvider clock)
    {
        RuleFor(c => c.VisitedAt).NotNull().WithMessage("请填写回访时间")
            .LessThanOrEqualTo(_ => clock.GetUtcNow().AddHours(1)).WithMessage("回访时间不能晚于现在");
        RuleFor(c => c.Visitor).NotEmpty().WithMessage("请填写回访人").MaximumLength(100).WithMessage("回访人最多 100 个字符");
        RuleFor(c => c.Note).NotEmpty().WithMessage("请填写回访情况").MaximumLength(2000).WithMessage("回访情况最多 2000 个字符");
    }
}

internal sealed class RecordFollowUpHandler(MediationDbContext db, CaseActs acts) : IRequestHandler<RecordFollowUp, Guid>
{
    public async Task<Guid> Handle(RecordFollowUp c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        dispute.RecordFollowUp(c.VisitedAt!.Value, c.Visitor!, c.Note!, c.Satisfied, acts.ByCaller());
        return dispute.Id;
    }
}
