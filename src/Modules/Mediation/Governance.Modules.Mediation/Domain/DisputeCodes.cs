using System.ComponentModel;

namespace Governance.Modules.Mediation.Domain;

/// <summary>来源: how the dispute came to be registered (DOMAIN.md §3.3).</summary>
internal enum DisputeSource
{
    [Description("排查发现")]
    Sweep = 1,

    [Description("群众申请")]
    Application = 2,

    [Description("信访转入")]
    PetitionReferral = 3,

    [Description("法院公安委托")]
    CourtPoliceReferral = 4,

    [Description("网格上报")]
    GridReport = 5,
}

/// <summary>The level handling a dispute: 小问题不出村、大问题不出乡镇、重大问题不出县.</summary>
internal enum HandlingLevel
{
    [Description("村（社区）")]
    Village = 1,

    [Description("乡镇（街道）")]
    Township = 2,

    [Description("县（区）")]
    County = 3,
}

/// <summary>激化风险.</summary>
internal enum EscalationRisk
{
    [Description("低")]
    Low = 1,

    [Description("中")]
    Medium = 2,

    [Description("高")]
    High = 3,
}

/// <summary>三调联动: which kind of mediation handles the dispute.</summary>
internal enum MediationType
{
    [Description("人民调解")]
    People = 1,

    [Description("行政调解")]
    Administrative = 2,

    [Description("司法调解")]
    Judicial = 3,

    [Description("联合调解")]
    Joint = 4,
}

/// <summary>当事人类别.</summary>
internal enum PartyRole
{
    [Description("申请人")]
    Applicant = 1,

    [Description("被申请人")]
    Respondent = 2,

    [Description("其他当事人")]
    Other = 3,
}

/// <summary>当事人调解意愿 (《人民调解法》第十七条: one refusal and there is no mediation).</summary>
internal enum Consent
{
    [Description("未表态")]
    Pending = 1,

    [Description("同意调解")]
    Agreed = 2,

    [Description("拒绝调解")]
    Refused = 3,
}
