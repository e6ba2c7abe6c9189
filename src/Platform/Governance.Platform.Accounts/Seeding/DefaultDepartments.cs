using Governance.Platform.Accounts.Model;

namespace Governance.Platform.Accounts.Seeding;

/// <summary>The departments a county usually has, with the modules that fit their work, written on first start.</summary>
internal static class DefaultDepartments
{
    public const string Coordination = "zzb";

    public sealed record Seed(string Code, string Name, DepartmentKind Kind, string[] Modules);

    public static readonly IReadOnlyList<Seed> All =
    [
        new(Coordination, "综治中心（综治办）", DepartmentKind.Coordination,
            ["Petitions", "Mediation", "FloatingPopulation", "SpecialGroups", "LegalAid", "SafetyInspections"]),
        new("xfj", "信访局", DepartmentKind.Petitions, ["Petitions", "Mediation"]),
        new("sfj", "司法局", DepartmentKind.Justice, ["Mediation", "SpecialGroups", "LegalAid"]),
        new("sfs", "司法所", DepartmentKind.Justice, ["Mediation", "SpecialGroups", "LegalAid"]),
        new("pcs", "公安派出所", DepartmentKind.Police, ["FloatingPopulation", "SpecialGroups", "Mediation"]),
        new("yjj", "应急管理局", DepartmentKind.Emergency, ["SafetyInspections"]),
        new("wjj", "卫健局", DepartmentKind.Health, ["SpecialGroups"]),
        new("mzj", "民政局", DepartmentKind.CivilAffairs, ["SpecialGroups"]),
        new("rsj", "人社局", DepartmentKind.HumanResources, ["Mediation"]),
        new("xzjd", "乡镇（街道）", DepartmentKind.Township,
            ["Petitions", "Mediation", "FloatingPopulation", "SpecialGroups", "SafetyInspections"]),
    ];
}
