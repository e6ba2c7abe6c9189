using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.Intake;

/// <summary>
/// 受理 and 指派: at least two parties, every one of them agreeing to mediation; the committee and mediators take it
/// and the handling level's time limit starts on the day of 受理 (<c>acceptedAt</c>, when the paper is entered later).
/// </summary>
internal sealed record AcceptDispute(
    MediationType? MediationType, string? Committee, IReadOnlyList<string>? Mediators, string? Note, DateTimeOffset? AcceptedAt = null)
    : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<AcceptDispute>(routes.Disputes, "accept", MediationPermissions.Mediate, "受理并指派调解组织和调解员（各方同意后）");
}

internal sealed class AcceptDisputeValidator : AbstractValidator<AcceptDispute>
{
    public AcceptDisputeValidator()
    {
        RuleFor(c => c.MediationType).NotNull().WithMessage("请选择调解类型（People 人民、Administrative 行政、Judicial 司法、Joint 联合）")
            .IsInEnum().WithMessage("调解类型不在代码表中");
        RuleFor(c => c.Committee).NotEmpty().WithMessage("请填写承办的调解组织（人民调解委员会）").MaximumLength(100).WithMessage("调解组织最多 100 个字符");
        RuleFor(c => c.Mediators).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("请至少指派一名调解员").Must(m => m!.Count <= 9).WithMessage("调解员最多 9 名");
        RuleForEach(c => c.Mediators).NotEmpty().WithMessage("调解员姓名不能为空").MaximumLength(50).WithMessage("调解员姓名最多 50 个字符");
        RuleFor(c => c.Note).MaximumLength(1000).WithMessage("说明最多 1000 个字符");
    }
}

internal sealed class AcceptDisputeHandler(MediationDbContext db, CaseActs acts, IDisputeDeadlines deadlines) : IRequestHandler<AcceptDispute, Guid>
{
    public async Task<Guid> Handle(AcceptDispute c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        await dispute.AcceptAsync(c.MediationType!.Value, c.Committee!, c.Mediators!, c.Note, c.AcceptedAt, deadlines, acts.ByCaller(), ct);
        return dispute.Id;
    }
}
