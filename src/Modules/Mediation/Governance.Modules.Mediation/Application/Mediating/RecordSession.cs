using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.Mediating;

/// <summary>调解工作记录: when and where a session was held, who attended and what was said.</summary>
internal sealed record RecordSession(DateTimeOffset? HeldAt, string? Place, string? Attendees, string? Record) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<RecordSession>(routes.Disputes, "sessions", MediationPermissions.Mediate, "调解记录（时间、地点、参加人、记录）");
}

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

internal sealed class RecordSessionHandler(MediationDbContext db, CaseActs acts) : IRequestHandler<RecordSession, Guid>
{
    public async Task<Guid> Handle(RecordSession c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        dispute.RecordSession(c.HeldAt!.Value, c.Place!, c.Attendees!, c.Record!, acts.ByCaller());
        return dispute.Id;
    }
}
