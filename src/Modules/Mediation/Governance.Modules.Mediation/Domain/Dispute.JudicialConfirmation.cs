using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Mediation.Domain;

/// <summary>
/// 司法确认 of an effective written agreement (《人民调解法》第三十三条; 最高人民法院司法确认规定 第四、五条): applied for within 30
/// days of the agreement taking effect, accepted or not by the court within 3 days, decided within 15 days of acceptance.
/// </summary>
internal sealed partial class Dispute
{
    public const string PeopleMediationRule = "mediation.people";
    public const string PerformanceRule = "mediation.performance";
    public const string ConfirmationRequestRule = "mediation.judicial-confirmation-request";
    public const string ConfirmationAcceptanceRule = "mediation.judicial-confirmation-acceptance";
    public const string ConfirmationDecisionRule = "mediation.judicial-confirmation-decision";

    /// <summary>司法确认 may be applied for: a written agreement, not yet applied for, in a matter the court accepts (the 30-day window aside).</summary>
    public bool MayApplyForJudicialConfirmation =>
        Agreement is { Form: AgreementForm.Written, Confirmation: null } && Matter?.ExcludedFromJudicialConfirmation() != true;

    /// <summary>The court has the application and has not decided yet: no 结案 meanwhile.</summary>
    public bool AwaitsCourt => Agreement?.Confirmation is { State: ConfirmationState.Applied or ConfirmationState.Accepted };

    /// <summary>Where the court's handling of the application stands, when one was made.</summary>
    public ConfirmationState? ConfirmationProgress => Agreement?.Confirmation?.State;

    public async Task ApplyForJudicialConfirmationAsync(
        string court, DateTimeOffset? appliedAt, IDisputeDeadlines deadlines, CaseAct act, CancellationToken ct)
    {
        EnsureAllowed(DisputeAction.ApplyJudicialConfirmation);
        var agreement = Agreement!;
        if (Matter is { } matter && matter.ExcludedFromJudicialConfirmation())
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

        var applied = ActDate(appliedAt, agreement.EffectiveAt, "申请司法确认", act);
        var window = await deadlines.RuleAsync(ConfirmationRequestRule, agreement.EffectiveAt!.Value, this, ct);
        if (applied > window.Due)
        {
            throw Refused($"司法确认应自调解协议生效之日起三十日内申请（截止 {ChinaTime.ToText(window.Due)}）", ConfirmationRequestRule,
                new Dictionary<string, object?> { ["due"] = window.Due });
        }

        var acceptance = await deadlines.RuleAsync(ConfirmationAcceptanceRule, applied, this, ct);
        agreement.Confirmation = new JudicialConfirmation
        {
            State = ConfirmationState.Applied, Court = court.Trim(), AppliedAt = applied, AcceptanceDueAt = acceptance.Due,
        };
        Take(DisputeAction.ApplyJudicialConfirmation,
            $"向{agreement.Confirmation.Court}申请司法确认，法院应于 {ChinaTime.ToText(acceptance.Due)} 前决定是否受理", act, applied);
    }

    /// <summary>The court's decision on accepting the application (a “调确字” case number when accepted).</summary>
    public async Task RecordCourtAcceptanceAsync(
        bool accepted, string? caseNumber, DateTimeOffset? at, string? note, IDisputeDeadlines deadlines, CaseAct act, CancellationToken ct)
    {
        var confirmation = Confirmation(DisputeAction.RecordCourtAcceptance);
        var next = JudicialConfirmation.Machine.Next(
            confirmation.State, accepted ? ConfirmationStep.Accept : ConfirmationStep.NotAccept, "司法确认申请");
        var decided = ActDate(at, confirmation.AppliedAt, "法院受理决定", act);
        confirmation.State = next;
        (confirmation.Note, confirmation.CaseNumber) = (note, caseNumber?.Trim());
        if (accepted)
        {
            confirmation.AcceptedAt = decided;
            confirmation.DecisionDueAt = (await deadlines.RuleAsync(ConfirmationDecisionRule, decided, this, ct)).Due;
        }

        Take(DisputeAction.RecordCourtAcceptance, accepted
            ? $"法院已受理，案号 {confirmation.CaseNumber}，应于 {ChinaTime.ToText(confirmation.DecisionDueAt)} 前作出决定"
            : $"法院不予受理{(note is null ? "" : "：" + note)}", act, decided);
    }

    /// <summary>The court's ruling: confirmed (确认有效) or not (不予确认).</summary>
    public void RecordCourtDecision(bool confirmed, DateTimeOffset? at, string? note, CaseAct act)
    {
        var confirmation = Confirmation(DisputeAction.RecordCourtDecision);
        var next = JudicialConfirmation.Machine.Next(
            confirmation.State, confirmed ? ConfirmationStep.Confirm : ConfirmationStep.Refuse, "司法确认申请");
        (confirmation.DecidedAt, confirmation.Note) = (ActDate(at, confirmation.AcceptedAt, "法院裁定", act), note);
        confirmation.State = next;
        Take(DisputeAction.RecordCourtDecision,
            confirmed ? "人民法院裁定调解协议有效，一方拒绝履行的，对方可申请强制执行" : $"人民法院裁定不予确认：{note}", act, confirmation.DecidedAt);
    }

    private JudicialConfirmation Confirmation(DisputeAction action)
    {
        EnsureAllowed(action);
        return Agreement?.Confirmation ?? throw Refused("尚未申请司法确认", "not-applied");
    }

    private static BusinessRuleException Refused(string message, string rule, Dictionary<string, object?>? details = null)
    {
        details ??= [];
        details["rule"] = rule;
        return new BusinessRuleException(message, details);
    }
}
