using System.Net.Http.Headers;
using Governance.Host;
using Governance.Platform.Accounts.Security;
using Governance.SharedKernel.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Testing;

/// <summary>Signed-in test callers: real bearer tokens issued by the host's own token issuer.</summary>
public static class TestUsers
{
    /// <summary>The department TestHost.StartAsync creates (outside the audit trail) with every loaded module switched on.</summary>
    public const string TestDepartment = "test";

    /// <summary>A caller of <paramref name="jurisdiction"/>; of the test department unless another is named.</summary>
    public static TokenSubject User(string jurisdiction, string? department = null, params string[] permissions) =>
        new(Guid.NewGuid(), $"tester-{jurisdiction}", department ?? TestDepartment, jurisdiction, permissions);

    public static TokenSubject WithoutDepartment(string jurisdiction, params string[] permissions) =>
        new(Guid.NewGuid(), $"tester-{jurisdiction}", null, jurisdiction, permissions);

    /// <summary>A caller holding platform.admin: passes every department-module switch and the administration API.</summary>
    public static TokenSubject Administrator() =>
        new(Guid.NewGuid(), "test-admin", "zzb", null, [PlatformPermissions.Administer]);

    public static HttpClient ClientAs(this GovernanceApplication application, TokenSubject subject)
    {
        var client = application.Client();
        var (token, _) = application.App.Services.GetRequiredService<TokenIssuer>().Issue(subject);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
