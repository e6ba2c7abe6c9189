using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.Agreements;

/// <summary>履行完毕: the committee, supervising performance (《人民调解法》第三十一条), records that the agreement was performed.</summary>
internal sealed record ConfirmPerformance(string? Note) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<ConfirmPerformance>(routes.Disputes, "agreement/performed", MediationPermissions.Mediate, "协议履行完毕");
}

internal sealed class ConfirmPerformanceValidator : AbstractValidator<ConfirmPerformance>
{
    public ConfirmPerformanceValidator() =>
        RuleFor(c => c.Note).NotEmpty().WithMessage("请填写履行情况").MaximumLength(1000).WithMessage("履行情况最多 1000 个字符");
}

internal sealed class ConfirmPerformanceHandler(MediationDbContext db, CaseActs acts) : IRequestHandler<ConfirmPerformance, Guid>
{
    public async Task<Guid> Handle(ConfirmPerformance c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        dispute.ConfirmPerformance(c.Note!, acts.ByCaller());
        return dispute.Id;
    }
}
