using Governance.Modules.Registry.Contracts.Persons;

namespace Governance.Modules.Registry.Domain;

/// <summary>The Chinese labels of the module's enumerations, served to clients and read from imported ledgers.</summary>
internal static class CodeTables
{
    public static readonly IReadOnlyDictionary<PopulationType, string> PopulationTypes = new Dictionary<PopulationType, string>
    {
        [PopulationType.Household] = "户籍人口",
        [PopulationType.Floating] = "流动人口",
        [PopulationType.Separated] = "人户分离人口",
        [PopulationType.Overseas] = "境外人员",
    };

    public static readonly IReadOnlyDictionary<HouseType, string> HouseTypes = new Dictionary<HouseType, string>
    {
        [HouseType.Residential] = "住宅",
        [HouseType.CommercialResidential] = "商住两用",
        [HouseType.Shop] = "商铺",
        [HouseType.Office] = "办公用房",
        [HouseType.Factory] = "厂房",
        [HouseType.Warehouse] = "仓库",
        [HouseType.SelfBuilt] = "农村自建房",
        [HouseType.Other] = "其他",
    };

    public static readonly IReadOnlyDictionary<OrganisationType, string> OrganisationTypes = new Dictionary<OrganisationType, string>
    {
        [OrganisationType.Enterprise] = "企业",
        [OrganisationType.IndividualBusiness] = "个体工商户",
        [OrganisationType.Cooperative] = "农民专业合作社",
        [OrganisationType.GovernmentAgency] = "机关",
        [OrganisationType.PublicInstitution] = "事业单位",
        [OrganisationType.SocialOrganisation] = "社会团体",
        [OrganisationType.PrivateNonEnterprise] = "民办非企业单位",
        [OrganisationType.Foundation] = "基金会",
        [OrganisationType.Other] = "其他",
    };

    /// <summary>A population type from a ledger cell: the label, its short form (户籍, 流动, 境外) or the English name.</summary>
    public static PopulationType? FindPopulationType(string? input)
    {
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        foreach (var (type, label) in PopulationTypes)
        {
            if (label == text || label.StartsWith(text, StringComparison.Ordinal) && text.Length >= 2
                || string.Equals(type.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return null;
    }
}
