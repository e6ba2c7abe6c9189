using System.ComponentModel;

namespace Governance.Modules.Mediation.Domain;

/// <summary>纠纷状态 (DOMAIN.md §3.4).</summary>
internal enum DisputeState
{
    [Description("已登记")]
    Registered = 1,

    [Description("调解中")]
    Mediating = 2,

    [Description("协议待签署")]
    AgreementPending = 3,

    [Description("履行中")]
    Performing = 4,

    [Description("履行完毕")]
    Performed = 5,

    [Description("已回访")]
    Visited = 6,

    [Description("已结案")]
    Closed = 7,

    [Description("调解不成")]
    NotSettled = 8,

    [Description("终止调解")]
    Terminated = 9,

    [Description("不予调解")]
    Declined = 10,
}

/// <summary>办理操作: every step a dispute's timeline can show.</summary>
internal enum DisputeAction
{
    [Description("登记")]
    Register = 1,

    [Description("补正登记信息")]
    UpdateDetails = 2,

    [Description("记录调解意愿")]
    RecordConsent = 3,

    [Description("受理")]
    Accept = 4,

    [Description("不予调解")]
    Decline = 5,

    [Description("上报")]
    Escalate = 6,

    [Description("交办")]
    AssignDown = 7,

    [Description("回退")]
    Return = 8,

    [Description("调解记录")]
    RecordSession = 9,

    [Description("达成协议")]
    ReachAgreement = 10,

    [Description("签署协议")]
    SignAgreement = 11,

    [Description("协议生效")]
    AgreementTakesEffect = 12,

    [Description("调解不成")]
    Fail = 13,

    [Description("终止调解")]
    Terminate = 14,

    [Description("履行完毕")]
    ConfirmPerformance = 15,

    [Description("回访")]
    FollowUp = 16,

    [Description("结案")]
    Close = 17,

    [Description("督办")]
    Supervise = 18,

    [Description("领导包案")]
    AssignLeader = 19,

    [Description("申请延期")]
    RequestExtension = 20,

    [Description("审批延期")]
    DecideExtension = 21,

    [Description("申请司法确认")]
    ApplyJudicialConfirmation = 22,

    [Description("法院受理情况")]
    RecordCourtAcceptance = 23,

    [Description("法院确认结果")]
    RecordCourtDecision = 24,

    [Description("告知法律援助")]
    OfferLegalAid = 25,

    [Description("通知特殊人群监管")]
    NotifySupervisor = 26,

    [Description("指派主管部门")]
    AssignDepartment = 27,
}
