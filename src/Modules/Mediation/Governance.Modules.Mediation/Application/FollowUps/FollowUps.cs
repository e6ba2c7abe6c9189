using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Errors;
using MediatR;

namespace Governance.Modules.Mediation.Application.FollowUps;

/// <summary>回访: a visit to the parties during or after performance.</summary>
internal sealed record RecordFollowUp(DateTimeOffset? VisitedAt, string? Visitor, string? Note, bool Satisfied) : DisputeCommand;

/// <summary>结案: after performance and at least one follow-up visit.</summary>
internal sealed record CloseDispute(string? Note) : DisputeCommand;

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

internal sealed class CloseDisputeValidator : AbstractValidator<CloseDispute>
{
    public CloseDisputeValidator() => RuleFor(c => c.Note).MaximumLength(1000).WithMessage("结案说明最多 1000 个字符");
}

internal sealed class FollowUpHandlers(MediationDbContext db, DisputeFlow flow) :
    IRequestHandler<RecordFollowUp, Guid>, IRequestHandler<CloseDispute, Guid>
{
    public async Task<Guid> Handle(RecordFollowUp c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        flow.Apply(dispute, DisputeAction.FollowUp, $"{c.Visitor!.Trim()}回访（{(c.Satisfied ? "满意" : "不满意")}）：{c.Note!.Trim()}");
        db.Add(new FollowUpVisit
        {
            Id = Guid.CreateVersion7(flow.Now), DisputeId = dispute.Id, VisitedAt = c.VisitedAt!.Value, Visitor = c.Visitor.Trim(),
            Note = c.Note.Trim(), Satisfied = c.Satisfied,
        });
        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }

    public async Task<Guid> Handle(CloseDispute c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        if (dispute.Agreement?.Confirmation is { State: ConfirmationState.Applied or ConfirmationState.Accepted })
        {
            throw new BusinessRuleException("司法确认尚未有结果，请记录法院决定后再结案");
        }

        flow.Apply(dispute, DisputeAction.Close, c.Note?.Trim());
        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }
}
