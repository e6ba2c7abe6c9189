using System.ComponentModel;

namespace Governance.Modules.Mediation.Domain;

/// <summary>The 19 report categories of the national monthly 矛盾纠纷排查情况表 (DOMAIN.md §3.2).</summary>
internal enum DisputeType
{
    [Description("民族宗教")]
    EthnicReligious = 1,

    [Description("军转干部、复员退伍军人安置")]
    VeteranResettlement = 2,

    [Description("征地拆迁安置")]
    LandAcquisition = 3,

    [Description("建筑工程质量、物业管理")]
    ConstructionProperty = 4,

    [Description("土地矿产山林水利界线权属")]
    BoundaryOwnership = 5,

    [Description("经济活动")]
    EconomicActivity = 6,

    [Description("劳资纠纷")]
    Labour = 7,

    [Description("企业改制")]
    EnterpriseRestructuring = 8,

    [Description("环境污染、生态破坏")]
    Environment = 9,

    [Description("司法活动")]
    JudicialActivity = 10,

    [Description("行政执法活动")]
    AdministrativeEnforcement = 11,

    [Description("大中专院校、中小学校")]
    Schools = 12,

    [Description("海事渔事")]
    MaritimeFishery = 13,

    [Description("干部作风")]
    CadreConduct = 14,

    [Description("村（社区）务管理")]
    VillageAffairs = 15,

    [Description("农村土地承包、集体“三资”、农民负担")]
    RuralCollective = 16,

    [Description("婚姻家庭邻里等民间纠纷")]
    CivilFamilyNeighbour = 17,

    [Description("医患纠纷")]
    Medical = 18,

    [Description("其他")]
    Other = 19,
}
