using Governance.SharedKernel.Security;

namespace Governance.Modules.Registry.Tests;

/// <summary>
/// Class fixture: the real host with the packaged Registry plugin on a database of its own, serving 西湖区 330106,
/// with a recording audit trail.
/// </summary>
public sealed class RegistryHost() : ModuleTestHost("registry")
{
    public const string County = "330106";
    public const string Beishan = "330106002";
    public const string Xixi = "330106004";

    /// <summary>上保社区, a community of 北山街道.</summary>
    public const string Shangbao = "330106002051";

    /// <summary>A community of 西溪街道.</summary>
    public const string XixiVillage = "330106004053";

    public static readonly string PluginsPath = PackagedPlugins;

    public static readonly string[] AllPermissions =
    [
        "registry.regions.read", "registry.regions.import", "registry.grids.read", "registry.grids.write",
        "registry.persons.read", "registry.persons.write", "registry.persons.merge", "registry.persons.import",
        "registry.places.read", "registry.places.write",
    ];

    /// <summary>A caller with every Registry permission (but not to see personal data) in <paramref name="jurisdiction"/>.</summary>
    public HttpClient ClientFor(string jurisdiction, params string[] extraPermissions) =>
        Application.ClientAs(TestUsers.User(jurisdiction, "zfw", [.. AllPermissions, .. extraPermissions]));

    public HttpClient ClientWith(string jurisdiction, params string[] permissions) =>
        Application.ClientAs(TestUsers.User(jurisdiction, "zfw", permissions));

    public HttpClient Unmasking(string jurisdiction) => ClientFor(jurisdiction, PlatformPermissions.ViewPersonalData);

    public AuditedReads Audit => new(Database);
}
