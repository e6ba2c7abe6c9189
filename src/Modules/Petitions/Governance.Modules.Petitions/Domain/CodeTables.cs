using System.ComponentModel;

namespace Governance.Modules.Petitions.Domain;

/// <summary>信访渠道 (《信访工作条例》第十七条: 信息网络、书信、电话、传真、走访), with the 领导信箱 of local practice.</summary>
internal enum PetitionChannel
{
    [Description("走访")]
    Visit = 1,

    [Description("来信")]
    Letter = 2,

    [Description("电话")]
    Phone = 3,

    [Description("网上信访")]
    Online = 4,

    [Description("领导信箱")]
    LeaderMailbox = 5,

    [Description("传真")]
    Fax = 6,
}

/// <summary>信访事项类别 (《信访工作条例》第二十九条至第三十一条).</summary>
internal enum PetitionCategory
{
    [Description("建议意见类")]
    Suggestion = 1,

    [Description("检举控告类")]
    Accusation = 2,

    [Description("申诉求决类")]
    Claim = 3,
}

/// <summary>信访事项所属领域 (the government sectors used to route and count petitions).</summary>
internal enum PetitionDomain
{
    [Description("政法")]
    Legal = 1,

    [Description("劳动社保")]
    LabourSocialSecurity = 2,

    [Description("民政")]
    CivilAffairs = 3,

    [Description("城乡建设")]
    UrbanRuralConstruction = 4,

    [Description("国土资源")]
    LandResources = 5,

    [Description("农村农业")]
    Agriculture = 6,

    [Description("卫生健康")]
    Health = 7,

    [Description("教育")]
    Education = 8,

    [Description("生态环境")]
    Environment = 9,

    [Description("交通运输")]
    Transport = 10,

    [Description("市场监管")]
    MarketRegulation = 11,

    [Description("纪检监察")]
    Discipline = 12,

    [Description("其他")]
    Other = 99,
}

/// <summary>转送 (to the competent body) or 交办 (assigned by the 信访部门 to a body below it).</summary>
internal enum RouteKind
{
    [Description("转送")]
    Transfer = 1,

    [Description("交办")]
    Assign = 2,
}

/// <summary>
/// How an accepted 申诉求决 matter is handled (《信访工作条例》第三十一条): the 信访处理意见书 of 第六项, whose 60 days
/// 第三十四条 sets, or 依法履行或者答复 of 第五项 under the law of the duty. A matter for a legal procedure (第一至四项)
/// is 导入 that procedure instead (诉访分离), before or after 受理.
/// </summary>
internal enum HandlingRoute
{
    [Description("出具信访处理意见书")]
    Opinion = 1,

    [Description("依法履行职责或者答复")]
    Duty = 2,
}

/// <summary>信访处理意见书的处理结果 (《信访工作条例》第三十二条).</summary>
internal enum AnswerOutcome
{
    [Description("支持")]
    Support = 1,

    [Description("解释说明")]
    Explain = 2,

    [Description("不予支持")]
    NotSupport = 3,
}

/// <summary>信访人对办理的评价.</summary>
internal enum Satisfaction
{
    [Description("满意")]
    Satisfied = 1,

    [Description("基本满意")]
    BasicallySatisfied = 2,

    [Description("不满意")]
    Dissatisfied = 3,
}

/// <summary>Whether a referral to another module was sent.</summary>
internal enum ReferralStatus
{
    [Description("已移送")]
    Sent = 1,

    [Description("未移送（模块未启用）")]
    ModuleDisabled = 2,
}
