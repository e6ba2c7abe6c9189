using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Host;
using Governance.SharedKernel.Security;
using Governance.Testing;

namespace Governance.Platform.Tests.Auditing;

/// <summary>What audit tests do over HTTP: write notes through the Sender module and read the audit API as an auditor.</summary>
internal static class AuditApi
{
    public static HttpClient Auditor(GovernanceApplication host) =>
        host.ClientAs(TestUsers.User("33", "sfj", PlatformPermissions.ReadAudit));

    public static async Task<Guid> CreateNote(HttpClient client, string text)
    {
        var response = await client.PostAsJsonAsync("/api/sender/notes", new { text });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The page of <c>GET /api/platform/audit?{query}</c>.</summary>
    public static async Task<JsonElement> Query(GovernanceApplication host, string query)
    {
        var response = await Auditor(host).GetAsync($"/api/platform/audit?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> Verify(GovernanceApplication host) =>
        await Auditor(host).GetFromJsonAsync<JsonElement>("/api/platform/audit/verify");

    public static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();
}
