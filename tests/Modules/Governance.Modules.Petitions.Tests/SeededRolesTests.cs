using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Modules.Petitions.Tests;

/// <summary>
/// The roles a new database starts with, used through real accounts and sign-in: 第三十四条 has an extension approved by
/// the body's head (信访部门负责人), not by the clerk (信访经办人) who handles the petition.
/// </summary>
[Collection(PetitionsCollection.Name)]
public sealed class SeededRolesTests(PetitionsHost host)
{
    private const string Password = "Yandang-Hill-3";

    [Fact]
    public async Task A_clerk_cannot_approve_an_extension_the_head_approves_but_never_their_own()
    {
        var clerk = await SignedInAsAsync("petition-clerk");
        var head = await SignedInAsAsync("petition-head");
        var petition = await clerk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        await clerk.DoAsync(petition.Id, "accept", new { });
        await clerk.DoAsync(petition.Id, "extension", new { days = 10, reason = "需多部门会商" });

        var byClerk = await clerk.ActAsync(petition.Id, "extension/approve", new { note = "同意" });
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.DoesNotContain("ApproveExtension", Actions(await clerk.DetailAsync(petition.Id)));
        Assert.Contains("ApproveExtension", Actions(await head.DetailAsync(petition.Id)));
        var approved = await head.DoAsync(petition.Id, "extension/approve", new { note = "同意" });
        Assert.Equal("同意", approved.GetProperty("extension").GetProperty("stateName").GetString());

        var another = await clerk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        await head.DoAsync(another.Id, "accept", new { });
        await head.DoAsync(another.Id, "extension", new { days = 10, reason = "需多部门会商" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await head.ActAsync(another.Id, "extension/approve", new { note = "同意" })).StatusCode);
    }

    private static IEnumerable<string?> Actions(JsonElement detail) =>
        detail.GetProperty("petition").GetProperty("allowedActions").EnumerateArray().Select(a => a.GetProperty("code").GetString());

    /// <summary>An account of 信访局 in 北山街道 with <paramref name="role"/>, created by an administrator, its password set, signed in.</summary>
    private async Task<HttpClient> SignedInAsAsync(string role)
    {
        var userName = $"{role}.{Guid.NewGuid():N}"[..30];
        var admin = host.Application.ClientAs(TestUsers.Administrator());
        var created = await admin.PostAsJsonAsync("/api/platform/users",
            new { userName, displayName = "测试用户", department = "xfj", jurisdiction = PetitionsHostBase.Beishan, roles = new[] { role } });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var temporary = (await created.Json()).GetProperty("temporaryPassword").GetString()!;
        var changed = await WithToken(await TokenAsync(userName, temporary))
            .PostAsJsonAsync("/api/auth/password", new { currentPassword = temporary, newPassword = Password });
        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());
        return WithToken(await TokenAsync(userName, Password));
    }

    private async Task<string> TokenAsync(string userName, string password)
    {
        var response = await host.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName, password });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Json()).GetProperty("accessToken").GetString()!;
    }

    private HttpClient WithToken(string token)
    {
        var client = host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
