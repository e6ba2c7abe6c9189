using System.ComponentModel;

namespace Governance.Modules.Petitions.Domain;

/// <summary>信访件状态.</summary>
internal enum PetitionState
{
    [Description("已登记")]
    Registered = 1,

    [Description("待受理（已转送交办）")]
    AwaitingAcceptance = 2,

    [Description("不予受理")]
    NotAccepted = 3,

    [Description("诉访分离（已导入法定途径）")]
    RoutedToLitigation = 4,

    [Description("不再受理")]
    NotAcceptedAgain = 5,

    [Description("已受理（办理中）")]
    Accepted = 6,

    [Description("已答复（待送达）")]
    Answered = 7,

    [Description("已送达")]
    Delivered = 8,

    [Description("复查中")]
    UnderReview = 9,

    [Description("已复查")]
    Reviewed = 10,

    [Description("复核中")]
    UnderReReview = 11,

    [Description("已终结")]
    Finalized = 12,
}
