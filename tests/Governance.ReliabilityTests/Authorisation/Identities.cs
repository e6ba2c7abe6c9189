using System.Net.Http.Json;
using System.Text.Json;
using Governance.Platform.Accounts.Security;
using Governance.SharedKernel.Modules;
using Governance.SharedKernel.Security;

namespace Governance.ReliabilityTests.Authorisation;

/// <summary>
/// The callers of the matrix, built from the installed modules' manifests and the roles the platform seeds, so that a
/// new module's permissions and roles are tried the day it is installed. The records all lie in 上保社区 of 北山街道.
/// </summary>
internal static class Identities
{
    public const string Township = "330106002";
    public const string OtherTownship = "330106004";

    /// <summary>宝石社区, a community of 北山街道 beside 上保社区: another grid worker's ground.</summary>
    public const string OtherCommunity = "330106002052";

    private const string GridWorkerRole = "grid-worker";

    public static async Task<IReadOnlyList<Identity>> BuildAsync(ModuleTestHost county, string departmentWithModulesOff)
    {
        var manifests = county.Application.Runtime.Modules.Select(m => m.Manifest).ToList();
        var every = manifests.SelectMany(PermissionsOf).ToArray();
        var allModules = manifests.Select(m => m.Id).ToHashSet();
        var roles = await SeededRolesAsync(county, manifests);

        var identities = new List<Identity>
        {
            new("anonymous", null, allModules, false),
            new("a user of another township", User(OtherTownship, null, [.. every, PlatformPermissions.ViewPersonalData]), allModules, true),
            new("a user of a department with the optional modules switched off",
                User(Township, departmentWithModulesOff, [.. every, PlatformPermissions.ViewPersonalData]),
                manifests.Where(m => !m.Required).Select(m => m.Id).ToHashSet(), true),
            new("a grid worker of another grid", User(OtherCommunity, null, roles[GridWorkerRole]), allModules, false),
        };
        identities.AddRange(manifests.Select(m => new Identity($"a township user without the {m.Id} permissions",
            User(Township, null, every.Except(PermissionsOf(m)).ToArray()), new HashSet<string> { m.Id }, false)));

        // The administrator's role reads every region by design; the other seeded roles are tried in the township itself.
        foreach (var (code, permissions) in roles.Where(r => !r.Value.Contains(PlatformPermissions.Administer)))
        {
            var barred = manifests.Where(m => !PermissionsOf(m).Intersect(permissions).Any()).Select(m => m.Id).ToHashSet();
            identities.Add(new($"the seeded role {code} in the township", User(Township, null, permissions), barred,
                permissions.Contains(PlatformPermissions.ViewPersonalData)));
        }

        return identities;
    }

    /// <summary>The township's own user, holding every module permission: sees every record, masked.</summary>
    public static Identity Rightful(ModuleTestHost county) => new("the township's user", User(Township, null, Every(county)), new HashSet<string>(), false);

    /// <summary>The township's user who may also see full citizen ID and phone numbers: every such read is audited.</summary>
    public static Identity RightfulWithPersonalData(ModuleTestHost county) => new("the township's user with the personal-data permission",
        User(Township, null, [.. Every(county), PlatformPermissions.ViewPersonalData]), new HashSet<string>(), true);

    private static string[] Every(ModuleTestHost county) =>
        county.Application.Runtime.Modules.SelectMany(m => PermissionsOf(m.Manifest)).ToArray();

    private static TokenSubject User(string jurisdiction, string? department, string[] permissions) =>
        TestUsers.User(jurisdiction, department, permissions);

    private static string[] PermissionsOf(ModuleManifest manifest) => manifest.Permissions.Select(p => p.Name).ToArray();

    // A role's ModuleId:* entry stands for every permission of that module.
    private static async Task<Dictionary<string, string[]>> SeededRolesAsync(ModuleTestHost county, IReadOnlyList<ModuleManifest> manifests)
    {
        var admin = county.ClientAs(TestUsers.Administrator());
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/platform/roles?pageSize=200");
        return page.GetProperty("items").EnumerateArray().ToDictionary(
            r => r.GetProperty("code").GetString()!,
            r => r.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!)
                .SelectMany(p => p.EndsWith(":*", StringComparison.Ordinal)
                    ? manifests.Where(m => m.Id == p[..^2]).SelectMany(PermissionsOf)
                    : [p])
                .Distinct().ToArray());
    }
}
