using System.ComponentModel;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Mediation.Domain;

internal enum ConfirmationState
{
    [Description("已申请")]
    Applied = 1,

    [Description("法院已受理")]
    Accepted = 2,

    [Description("法院不予受理")]
    NotAccepted = 3,

    [Description("确认有效")]
    Confirmed = 4,

    [Description("不予确认")]
    Refused = 5,
}

internal enum ConfirmationStep
{
    [Description("受理")]
    Accept = 1,

    [Description("不予受理")]
    NotAccept = 2,

    [Description("确认有效")]
    Confirm = 3,

    [Description("不予确认")]
    Refuse = 4,
}

/// <summary>
/// 司法确认 (《人民调解法》第三十三条; 最高人民法院司法确认规定 第四、五条): applied for within 30 days of the agreement
/// taking effect, accepted or not by the court within 3 days, decided within 15 days of acceptance.
/// </summary>
internal sealed class JudicialConfirmation
{
    public static StateMachine<ConfirmationState, ConfirmationStep> Machine { get; } = new StateMachine<ConfirmationState, ConfirmationStep>()
        .Allow(ConfirmationState.Applied, ConfirmationStep.Accept, ConfirmationState.Accepted)
        .Allow(ConfirmationState.Applied, ConfirmationStep.NotAccept, ConfirmationState.NotAccepted)
        .Allow(ConfirmationState.Accepted, ConfirmationStep.Confirm, ConfirmationState.Confirmed)
        .Allow(ConfirmationState.Accepted, ConfirmationStep.Refuse, ConfirmationState.Refused);

    public ConfirmationState State { get; set; }

    public required string Court { get; set; }

    public DateTimeOffset AppliedAt { get; set; }

    public DateTimeOffset AcceptanceDueAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>“调确字”案号.</summary>
    public string? CaseNumber { get; set; }

    public DateTimeOffset? DecisionDueAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? Note { get; set; }
}
