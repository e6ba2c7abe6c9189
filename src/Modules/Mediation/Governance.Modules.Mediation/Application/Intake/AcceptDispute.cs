using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Workflow;
using MediatR;

namespace Governance.Modules.Mediation.Application.Intake;

/// <summary>
/// 受理 and 指派: at least two parties, every one of them agreeing to mediation; the committee and mediators take it
/// and the handling level's time limit starts.
/// </summary>
internal sealed record AcceptDispute(MediationType? MediationType, string? Committee, IReadOnlyList<string>? Mediators, string? Note)
    : DisputeCommand;

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

internal sealed class AcceptDisputeHandler(DisputeFlow flow) : IRequestHandler<AcceptDispute, Guid>
{
    public async Task<Guid> Handle(AcceptDispute c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        DisputeWorkflow.Machine.Next(dispute.State, DisputeAction.Accept, DisputeWorkflow.Record);
        if (dispute.Parties.Count < 2)
        {
            throw new BusinessRuleException("矛盾纠纷至少有两方当事人，请先补正当事人再受理", new Dictionary<string, object?> { ["parties"] = dispute.Parties.Count });
        }

        var pending = dispute.Parties.Where(p => p.Consent != Consent.Agreed).Select(p => p.Id).ToList();
        if (pending.Count > 0)
        {
            throw new BusinessRuleException("受理前应征得各方当事人同意调解（《人民调解法》第十七条），尚有当事人未表态",
                new Dictionary<string, object?> { ["partiesWithoutConsent"] = pending });
        }

        (dispute.MediationType, dispute.Committee) = (c.MediationType!.Value, c.Committee!.Trim());
        dispute.Mediators = c.Mediators!.Select(m => m.Trim()).ToList();
        (dispute.AcceptedAt, dispute.AssigneeId, dispute.HandlingDepartment) = (flow.Now, flow.User.UserId, flow.User.Department);
        flow.Apply(dispute, DisputeAction.Accept,
            $"{dispute.MediationType.Value.Label()}，{dispute.Committee}，调解员 {string.Join("、", dispute.Mediators)}{(c.Note is null ? "" : "；" + c.Note)}");
        await flow.StartClockAsync(dispute, flow.Now, ct);
        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }
}
