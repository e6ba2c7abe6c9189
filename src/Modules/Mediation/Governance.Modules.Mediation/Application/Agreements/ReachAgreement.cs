using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.Agreements;

/// <summary>
/// 达成协议 (《人民调解法》第二十八、二十九条): a written agreement holds the facts, terms, performance method and deadline
/// and waits for its signatures; an oral one takes effect on the day it was reached (<c>reachedAt</c>, now when not given).
/// </summary>
internal sealed record ReachAgreement(
    AgreementForm? Form, string? Facts, string? Terms, string? PerformanceMethod, DateOnly? PerformanceDeadline, DateTimeOffset? ReachedAt = null)
    : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<ReachAgreement>(routes.Disputes, "agreement", MediationPermissions.Mediate, "达成调解协议（书面或口头）");
}

internal sealed class ReachAgreementValidator : AbstractValidator<ReachAgreement>
{
    public ReachAgreementValidator()
    {
        RuleFor(c => c.Form).NotNull().WithMessage("请选择协议形式（Written 书面、Oral 口头）").IsInEnum().WithMessage("协议形式不在代码表中");
        RuleFor(c => c.Facts).NotEmpty().WithMessage("请填写纠纷的主要事实、争议事项及各方责任").MaximumLength(4000).WithMessage("事实部分最多 4000 个字符");
        RuleFor(c => c.Terms).NotEmpty().WithMessage("请填写协议内容").MaximumLength(4000).WithMessage("协议内容最多 4000 个字符");
        RuleFor(c => c.PerformanceMethod).NotEmpty().When(c => c.Form == AgreementForm.Written).WithMessage("书面协议应写明履行方式")
            .MaximumLength(1000).WithMessage("履行方式最多 1000 个字符");
        RuleFor(c => c.PerformanceDeadline).NotNull().When(c => c.Form == AgreementForm.Written).WithMessage("书面协议应写明履行期限");
    }
}

internal sealed class ReachAgreementHandler(MediationDbContext db, CaseActs acts) : IRequestHandler<ReachAgreement, Guid>
{
    public async Task<Guid> Handle(ReachAgreement c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        if (dispute.ReachAgreement(c.Form!.Value, c.Facts!, c.Terms!, c.PerformanceMethod, c.PerformanceDeadline, c.ReachedAt, acts.ByCaller()) is { } concluded)
        {
            db.Publish(concluded);
        }

        return dispute.Id;
    }
}
