using System.ComponentModel;

namespace Governance.Modules.Petitions.Domain;

/// <summary>What can be done to a petition: the state machine's actions and the steps recorded on the timeline only.</summary>
internal enum PetitionAction
{
    [Description("登记")]
    Register = 1,

    [Description("受理")]
    Accept = 2,

    [Description("不予受理")]
    Reject = 3,

    [Description("转送")]
    Transfer = 4,

    [Description("交办")]
    Assign = 5,

    [Description("提出异议（退回）")]
    Decline = 6,

    [Description("诉访分离")]
    SeparateLitigation = 7,

    [Description("出具处理意见书")]
    Answer = 8,

    [Description("送达")]
    Deliver = 9,

    [Description("申请复查")]
    RequestReview = 10,

    [Description("出具复查意见")]
    DecideReview = 11,

    [Description("申请复核")]
    RequestReReview = 12,

    [Description("出具复核意见")]
    DecideReReview = 13,

    [Description("终结")]
    Finalize = 14,

    [Description("书面告知")]
    Notify = 20,

    [Description("申请延期")]
    RequestExtension = 21,

    [Description("批准延期")]
    ApproveExtension = 22,

    [Description("不予延期")]
    RefuseExtension = 23,

    [Description("督办")]
    Supervise = 24,

    [Description("领导包案")]
    AssignLeader = 25,

    [Description("联合接访")]
    JointReception = 26,

    [Description("重大紧急上报")]
    ReportUp = 27,

    [Description("听证")]
    RecordHearing = 28,

    [Description("满意度评价")]
    Rate = 29,

    [Description("转人民调解")]
    ReferToMediation = 30,

    [Description("调解组织受理")]
    MediationOpened = 31,

    [Description("调解结束")]
    MediationConcluded = 32,

    [Description("转法律援助")]
    ReferToLegalAid = 33,

    [Description("移送安全隐患")]
    ReportHazard = 34,

    [Description("补正登记信息")]
    CorrectDetails = 35,
}
