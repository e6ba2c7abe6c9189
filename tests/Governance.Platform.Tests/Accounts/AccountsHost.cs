using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Host;
using Governance.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Governance.Platform.Tests.Accounts;

/// <summary>
/// A host with the Sender module (switched on for 综治中心 only), a configured administrator password, lock-out after 3 failures for 10 minutes,
/// sessions of at most 4 hours (shorter than the 8-hour token lifetime) and a clock the tests move. Tests sharing it use user names of their own.
/// </summary>
public sealed class AccountsHost() : ModuleTestHost("accounts")
{
    public const string AdminPassword = "Gov3rnance-Start!";
    public const int MaxFailures = 3;

    /// <summary>The department with the Sender module switched on; every other one has it off.</summary>
    public const string SenderDepartment = "zzb";
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan SessionMaxLifetime = TimeSpan.FromHours(4);

    private readonly TestPluginsFolder _plugins = TestPluginsFolder.With("Sender");

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override string Plugins => _plugins.Path;

    protected override IReadOnlyDictionary<string, string?> SeedSettings => new Dictionary<string, string?>
    {
        ["Auth:AdminPassword"] = AdminPassword,
    };

    protected override IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Auth:Lockout:MaxFailures"] = MaxFailures.ToString(),
        ["Auth:Lockout:Duration"] = LockoutDuration.ToString(),
        ["Auth:Session:MaxLifetime"] = SessionMaxLifetime.ToString(),
        // Every test here signs in from the same (absent) client address; the limit itself is SignInLimitTests' subject.
        ["Auth:SignInLimit:Burst"] = "100000",
    };

    protected override TimeProvider TestClock => Clock;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var switchedOn = await (await AdminAsync()).PutAsJsonAsync(
            $"/api/platform/departments/{SenderDepartment}/modules", new { enabled = new[] { "Sender" } });
        switchedOn.EnsureSuccessStatusCode();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _plugins.Dispose();
    }

    public Task<HttpResponseMessage> SignInAsync(string userName, string password) =>
        Anonymous().PostAsJsonAsync("/api/auth/token", new { userName, password });

    /// <summary>A client carrying the token of a successful sign-in.</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string password)
    {
        var response = await SignInAsync(userName, password);
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {userName}: {await response.Content.ReadAsStringAsync()}");
        return WithToken((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!);
    }

    public Task<HttpClient> AdminAsync() => SignedInAsync("admin", AdminPassword);

    public HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Creates an account through the API; returns its id and temporary password.</summary>
    public async Task<(Guid Id, string TemporaryPassword)> CreateUserAsync(
        string userName, string department = "xfj", string jurisdiction = "330106", params string[] roles)
    {
        var admin = await AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/platform/users",
            new { userName, displayName = "测试用户", department, jurisdiction, roles });
        Assert.True(response.IsSuccessStatusCode, $"create {userName}: {await response.Content.ReadAsStringAsync()}");
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetGuid(), created.GetProperty("temporaryPassword").GetString()!);
    }

    /// <summary>Creates an account and replaces its temporary password with <paramref name="password"/>.</summary>
    public async Task<Guid> CreateUserWithPasswordAsync(
        string userName, string password, string department = "xfj", string jurisdiction = "330106", params string[] roles)
    {
        var (id, temporary) = await CreateUserAsync(userName, department, jurisdiction, roles);
        var client = await SignedInAsync(userName, temporary);
        var changed = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = temporary, newPassword = password });
        Assert.True(changed.IsSuccessStatusCode, $"password of {userName}: {await changed.Content.ReadAsStringAsync()}");
        return id;
    }
}
