using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Workflow;
using Governance.SharedKernel.Time;
using MediatR;

namespace Governance.Modules.Mediation.Application.JudicialConfirmations;

/// <summary>申请司法确认: the parties apply jointly within 30 days of the agreement taking effect (《人民调解法》第三十三条).</summary>
internal sealed record ApplyJudicialConfirmation(string? Court, DateTimeOffset? AppliedAt) : DisputeCommand;

/// <summary>The court's decision on accepting the application (3 days; “调确字” case number when accepted).</summary>
internal sealed record RecordCourtAcceptance(bool? Accepted, string? CaseNumber, DateTimeOffset? At, string? Note) : DisputeCommand;

/// <summary>The court's ruling: confirmed (确认有效) or not (不予确认), within 15 days of acceptance.</summary>
internal sealed record RecordCourtDecision(bool? Confirmed, DateTimeOffset? At, string? Note) : DisputeCommand;

internal sealed class ApplyJudicialConfirmationValidator : AbstractValidator<ApplyJudicialConfirmation>
{
    public ApplyJudicialConfirmationValidator(TimeProvider clock)
    {
        RuleFor(c => c.Court).NotEmpty().WithMessage("请填写受理申请的人民法院").MaximumLength(100).WithMessage("法院名称最多 100 个字符");
        RuleFor(c => c.AppliedAt).LessThanOrEqualTo(_ => clock.GetUtcNow().AddHours(1)).WithMessage("申请时间不能晚于现在");
    }
}

internal sealed class RecordCourtAcceptanceValidator : AbstractValidator<RecordCourtAcceptance>
{
    public RecordCourtAcceptanceValidator()
    {
        RuleFor(c => c.Accepted).NotNull().WithMessage("请填写法院是否受理");
        RuleFor(c => c.CaseNumber).NotEmpty().When(c => c.Accepted == true).WithMessage("法院受理的，请填写“调确字”案号")
            .Must(n => n is null || n.Contains("调确", StringComparison.Ordinal)).WithMessage("司法确认案号应为“调确字”号")
            .MaximumLength(64).WithMessage("案号最多 64 个字符");
        RuleFor(c => c.Note).MaximumLength(1000).WithMessage("说明最多 1000 个字符");
    }
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

internal sealed class JudicialConfirmationHandlers(DisputeFlow flow) :
    IRequestHandler<ApplyJudicialConfirmation, Guid>, IRequestHandler<RecordCourtAcceptance, Guid>, IRequestHandler<RecordCourtDecision, Guid>
{
    public const string RequestRule = "mediation.judicial-confirmation-request";
    public const string AcceptanceRule = "mediation.judicial-confirmation-acceptance";
    public const string DecisionRule = "mediation.judicial-confirmation-decision";

    public async Task<Guid> Handle(ApplyJudicialConfirmation c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        DisputeWorkflow.Machine.Next(dispute.State, DisputeAction.ApplyJudicialConfirmation, DisputeWorkflow.Record);
        var agreement = dispute.Agreement!;
        if (dispute.Matter is { } matter && matter.ExcludedFromJudicialConfirmation())
        {
            throw Refused($"确认{matter.Label()}的，人民法院不予受理司法确认申请（最高人民法院司法确认规定第四条第二款）", "excluded-matter");
        }

        if (agreement.Form != AgreementForm.Written)
        {
            throw Refused("司法确认应提交书面调解协议，口头协议不能申请", "oral-agreement");
        }

        if (agreement.Confirmation is not null)
        {
            throw Refused($"已于 {ChinaTime.ToText(agreement.Confirmation.AppliedAt)} 申请司法确认（{agreement.Confirmation.State.Label()}）", "already-applied");
        }

        var appliedAt = c.AppliedAt ?? flow.Now;
        var window = await flow.DeadlineAsync(RequestRule, agreement.EffectiveAt!.Value, dispute, ct);
        if (appliedAt > window.Due || appliedAt < agreement.EffectiveAt)
        {
            throw Refused($"司法确认应自调解协议生效之日起三十日内申请（截止 {ChinaTime.ToText(window.Due)}）", RequestRule,
                new Dictionary<string, object?> { ["due"] = window.Due });
        }

        var acceptance = await flow.DeadlineAsync(AcceptanceRule, appliedAt, dispute, ct);
        agreement.Confirmation = new JudicialConfirmation
        {
            State = ConfirmationState.Applied, Court = c.Court!.Trim(), AppliedAt = appliedAt, AcceptanceDueAt = acceptance.Due,
        };
        flow.Apply(dispute, DisputeAction.ApplyJudicialConfirmation, $"向{agreement.Confirmation.Court}申请司法确认，法院应于 {ChinaTime.ToText(acceptance.Due)} 前决定是否受理");
        return Done(dispute);
    }

    public async Task<Guid> Handle(RecordCourtAcceptance c, CancellationToken ct)
    {
        var (dispute, confirmation) = await LoadAsync(c, DisputeAction.RecordCourtAcceptance, ct);
        var at = c.At ?? flow.Now;
        confirmation.State = JudicialConfirmation.Machine.Next(
            confirmation.State, c.Accepted!.Value ? ConfirmationStep.Accept : ConfirmationStep.NotAccept, "司法确认申请");
        (confirmation.Note, confirmation.CaseNumber) = (c.Note, c.CaseNumber?.Trim());
        if (c.Accepted.Value)
        {
            confirmation.AcceptedAt = at;
            confirmation.DecisionDueAt = (await flow.DeadlineAsync(DecisionRule, at, dispute, ct)).Due;
        }

        flow.Apply(dispute, DisputeAction.RecordCourtAcceptance,
            c.Accepted.Value ? $"法院已受理，案号 {confirmation.CaseNumber}，应于 {ChinaTime.ToText(confirmation.DecisionDueAt)} 前作出决定" : $"法院不予受理{(c.Note is null ? "" : "：" + c.Note)}");
        return Done(dispute);
    }

    public async Task<Guid> Handle(RecordCourtDecision c, CancellationToken ct)
    {
        var (dispute, confirmation) = await LoadAsync(c, DisputeAction.RecordCourtDecision, ct);
        confirmation.State = JudicialConfirmation.Machine.Next(
            confirmation.State, c.Confirmed!.Value ? ConfirmationStep.Confirm : ConfirmationStep.Refuse, "司法确认申请");
        (confirmation.DecidedAt, confirmation.Note) = (c.At ?? flow.Now, c.Note);
        flow.Apply(dispute, DisputeAction.RecordCourtDecision,
            c.Confirmed.Value ? "人民法院裁定调解协议有效，一方拒绝履行的，对方可申请强制执行" : $"人民法院裁定不予确认：{c.Note}");
        return Done(dispute);
    }

    private async Task<(Dispute, JudicialConfirmation)> LoadAsync(DisputeCommand c, DisputeAction action, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        DisputeWorkflow.Machine.Next(dispute.State, action, DisputeWorkflow.Record);
        var confirmation = dispute.Agreement?.Confirmation ?? throw Refused("尚未申请司法确认", "not-applied");
        return (dispute, confirmation);
    }

    private Guid Done(Dispute dispute)
    {
        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }

    private static BusinessRuleException Refused(string message, string rule, Dictionary<string, object?>? details = null)
    {
        details ??= [];
        details["rule"] = rule;
        return new BusinessRuleException(message, details);
    }
}
