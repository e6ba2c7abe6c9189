using System.ComponentModel;

namespace Governance.Modules.Mediation.Domain;

/// <summary>
/// 具体事项: the finer matter of a dispute, where it decides a rule — the matters of 《法律援助法》第三十一条 (a failed
/// mediation offers legal aid) and the personal-status matters a court will not confirm (司法确认规定 第四条).
/// </summary>
internal enum DisputeMatter
{
    [Description("依法请求国家赔偿")]
    StateCompensation = 1,

    [Description("请求给予社会保险待遇或者社会救助")]
    SocialInsurance = 2,

    [Description("请求发给抚恤金")]
    Pension = 3,

    [Description("请求给付赡养费、抚养费、扶养费")]
    Maintenance = 4,

    [Description("请求确认劳动关系或者支付劳动报酬")]
    LabourRemuneration = 5,

    [Description("请求认定公民无民事行为能力或者限制民事行为能力")]
    CivilCapacity = 6,

    [Description("请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿")]
    PersonalInjury = 7,

    [Description("请求环境污染、生态破坏损害赔偿")]
    EnvironmentalDamage = 8,

    [Description("婚姻关系")]
    Marriage = 20,

    [Description("收养关系")]
    Adoption = 21,

    [Description("身份关系")]
    Identity = 22,

    [Description("邻里纠纷")]
    Neighbours = 30,

    [Description("房屋和宅基地")]
    HouseAndHomestead = 31,

    [Description("合同履行")]
    ContractPerformance = 32,

    [Description("其他事项")]
    Other = 99,
}

internal static class DisputeMatters
{
    /// <summary>The matters of 《法律援助法》第三十一条 (一)–(八).</summary>
    public static bool QualifiesForLegalAid(this DisputeMatter matter) => matter is >= DisputeMatter.StateCompensation and <= DisputeMatter.EnvironmentalDamage;

    /// <summary>确认身份、收养、婚姻关系: not accepted for 司法确认 (司法确认规定 第四条第二款).</summary>
    public static bool ExcludedFromJudicialConfirmation(this DisputeMatter matter) =>
        matter is DisputeMatter.Marriage or DisputeMatter.Adoption or DisputeMatter.Identity;
}
