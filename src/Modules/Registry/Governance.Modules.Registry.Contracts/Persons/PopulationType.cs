namespace Governance.Modules.Registry.Contracts.Persons;

/// <summary>人口类型: how a person relates to the place where they live.</summary>
public enum PopulationType
{
    /// <summary>户籍人口: lives where their household is registered.</summary>
    Household = 1,

    /// <summary>流动人口: lives away from the county of household registration.</summary>
    Floating = 2,

    /// <summary>人户分离: household registered in the county but living elsewhere in it.</summary>
    Separated = 3,

    /// <summary>境外人员.</summary>
    Overseas = 4,
}
