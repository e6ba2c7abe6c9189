using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using MediatR;

namespace Governance.Modules.Mediation.Application.Mediating;

/// <summary>调解工作记录: when and where a session was held, who attended and what was said.</summary>
internal sealed record RecordSession(DateTimeOffset? HeldAt, string? Place, string? Attendees, string? Record) : DisputeCommand;

internal sealed class RecordSessionValidator : AbstractValidator<RecordSession>
{
    public RecordSessionValidator(TimeProvider clock)
    {
        RuleFor(c => c.HeldAt).NotNull().WithMessage("请填写调解时间")
            .LessThanOrEqualTo(_ => clock.GetUtcNow().AddHours(1)).WithMessage("调解时间不能晚于现在");
        RuleFor(c => c.Place).NotEmpty().WithMessage("请填写调解地点").MaximumLength(200).WithMessage("调解地点最多 200 个字符");
        RuleFor(c => c.Attendees).NotEmpty().WithMessage("请填写参加人员").MaximumLength(500).WithMessage("参加人员最多 500 个字符");
        RuleFor(c => c.Record).NotEmpty().WithMessage("请填写调解记录").MaximumLength(4000).WithMessage("调解记录最多 4000 个字符");
    }
}

internal sealed class RecordSessionHandler(MediationDbContext db, DisputeFlow flow) : IRequestHandler<RecordSession, Guid>
{
    public async Task<Guid> Handle(RecordSession c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        flow.Apply(dispute, DisputeAction.RecordSession, $"{c.Place!.Trim()}：{c.Attendees!.Trim()}");
        db.Add(new MediationSession
        {
            Id = Guid.CreateVersion7(flow.Now),
            DisputeId = dispute.Id,
            HeldAt = c.HeldAt!.Value,
            Place = c.Place.Trim(),
            Attendees = c.Attendees.Trim(),
            Record = c.Record!.Trim(),
            RecordedBy = flow.User.UserId,
        });
        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }
}
