using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.JudicialConfirmations;

/// <summary>申请司法确认: the parties apply jointly within 30 days of the agreement taking effect (《人民调解法》第三十三条).</summary>
internal sealed record ApplyJudicialConfirmation(string? Court, DateTimeOffset? AppliedAt) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<ApplyJudicialConfirmation>(routes.Disputes, "judicial-confirmation", MediationPermissions.Mediate, "申请司法确认（协议生效后三十日内）");
}

internal sealed class ApplyJudicialConfirmationValidator : AbstractValidator<ApplyJudicialConfirmation>
{
    public ApplyJudicialConfirmationValidator(TimeProvider clock)
    {
        RuleFor(c => c.Court).NotEmpty().WithMessage("请填写受理申请的人民法院").MaximumLength(100).WithMessage("法院名称最多 100 个字符");
        RuleFor(c => c.AppliedAt).LessThanOrEqualTo(_ => clock.GetUtcNow().AddHours(1)).WithMessage("申请时间不能晚于现在");
    }
}

internal sealed class ApplyJudicialConfirmationHandler(MediationDbContext db, CaseActs acts, IDisputeDeadlines deadlines)
    : IRequestHandler<ApplyJudicialConfirmation, Guid>
{
    public async Task<Guid> Handle(ApplyJudicialConfirmation c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        await dispute.ApplyForJudicialConfirmationAsync(c.Court!, c.AppliedAt, deadlines, acts.ByCaller(), ct);
        return dispute.Id;
    }
}
