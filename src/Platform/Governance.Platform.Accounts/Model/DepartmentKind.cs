namespace Governance.Platform.Accounts.Model;

/// <summary>What sort of department this is; several departments may share a kind (one 司法所 per township).</summary>
public enum DepartmentKind
{
    /// <summary>综治中心 / 综治办</summary>
    Coordination,

    /// <summary>信访</summary>
    Petitions,

    /// <summary>司法局 / 司法所</summary>
    Justice,

    /// <summary>公安派出所</summary>
    Police,

    /// <summary>应急管理</summary>
    Emergency,

    /// <summary>卫生健康</summary>
    Health,

    /// <summary>民政</summary>
    CivilAffairs,

    /// <summary>人力资源和社会保障</summary>
    HumanResources,

    /// <summary>乡镇人民政府 / 街道办事处</summary>
    Township,

    Other,
}
