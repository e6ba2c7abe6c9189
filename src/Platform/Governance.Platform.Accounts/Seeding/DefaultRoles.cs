using Governance.SharedKernel.Security;

namespace Governance.Platform.Accounts.Seeding;

/// <summary>
/// Starting roles written on first start; administrators change them at will. Module permissions are granted as
/// <c>ModuleId:*</c>, so the roles fit whatever permission names the modules declare.
/// </summary>
internal static class DefaultRoles
{
    public const string Administrator = "admin";

    public sealed record Seed(string Code, string Name, string[] Permissions);

    // 第三十四条: an extension is approved by the head of the body (信访部门负责人), so the clerk holds every Petitions
    // permission but petitions.approve — named one by one, as a wildcard would grant it.
    private static readonly string[] PetitionClerk =
    [
        "petitions.read", "petitions.register", "petitions.route", "petitions.handle", "petitions.review", "petitions.supervise",
        "petitions.refer", "petitions.statistics", "petitions.special-groups.view",
    ];

    public static readonly IReadOnlyList<Seed> All =
    [
        new(Administrator, "系统管理员",
            [PlatformPermissions.Administer, PlatformPermissions.ReadAudit, PlatformPermissions.ViewPersonalData]),
        new("county-leader", "县级领导",
            [PlatformPermissions.ReadAudit, PlatformPermissions.ViewPersonalData, "Registry:*", "Petitions:*", "Mediation:*",
             "FloatingPopulation:*", "SpecialGroups:*", "LegalAid:*", "SafetyInspections:*"]),
        new("coordination-clerk", "综治专干",
            ["Registry:*", "Petitions:*", "Mediation:*", "FloatingPopulation:*", "SpecialGroups:*", "SafetyInspections:*"]),
        new("petition-clerk", "信访经办人", ["Registry:*", .. PetitionClerk]),
        new("petition-head", "信访部门负责人", ["Registry:*", "Petitions:*"]),
        new("mediator", "人民调解员", ["Registry:*", "Mediation:*"]),
        new("justice-clerk", "司法所经办人", ["Registry:*", "Mediation:*", "SpecialGroups:*", "LegalAid:*"]),
        new("police-officer", "社区民警", ["Registry:*", "FloatingPopulation:*", "SpecialGroups:*"]),
        new("safety-inspector", "安全检查员", ["Registry:*", "SafetyInspections:*"]),
        new("grid-worker", "网格员", ["Registry:*", "FloatingPopulation:*", "SafetyInspections:*", "Mediation:*"]),
    ];
}
