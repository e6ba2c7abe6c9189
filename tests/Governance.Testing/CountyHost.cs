using Governance.Platform.Accounts.Security;
using Governance.SharedKernel.Security;

namespace Governance.Testing;

/// <summary>
/// A county installation with Registry, Petitions and Mediation loaded from their plugin folders, on a database of its own,
/// serving 西湖区 330106 on the real clock, with the real outbox relay between the modules. The test project packages the
/// three modules into its <c>test-plugins/</c>.
/// </summary>
public sealed class CountyHost() : ModuleTestHost("county")
{
    public const string County = "330106";
    public const string Beishan = "330106002";

    /// <summary>上保社区, a community of 北山街道.</summary>
    public const string Shangbao = "330106002051";

    /// <summary>A 信访局 clerk of the county: registers, routes, refers and answers petitions.</summary>
    public HttpClient PetitionClerk() => Application.ClientAs(TestUsers.User(County, null,
        "petitions.read", "petitions.register", "petitions.route", "petitions.handle", "petitions.refer"));

    /// <summary>The mediation committee's clerk of 北山街道.</summary>
    public HttpClient MediationClerk() => Application.ClientAs(TestUsers.User(Beishan, null,
        "mediation.read", "mediation.register", "mediation.mediate"));

    /// <summary>A county caller holding every permission of the installation: every request gets past authorisation.</summary>
    public TokenSubject HolderOfEveryPermission() => TestUsers.User(County, null, Application.Runtime.Modules
        .SelectMany(m => m.Manifest.Permissions.Select(p => p.Name))
        .Concat([PlatformPermissions.Administer, PlatformPermissions.ReadAudit, PlatformPermissions.ViewPersonalData])
        .ToArray());

    /// <summary>Registers a resident of 上保社区 in the person master and returns the id.</summary>
    public Task<Guid> PersonAsync(string name) =>
        RegisterPersonAsync(Application.ClientAs(TestUsers.User(County, null, "registry.persons.write")), name, Shangbao);
}
