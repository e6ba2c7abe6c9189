using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Platform.Tests.Accounts;

/// <summary>
/// Password spraying: one address trying a password on many user names is refused with 429 after
/// <c>Auth:SignInLimit:Burst</c> attempts (the default), while sign-ins from other addresses go on; password changes
/// draw on the same limit. The bucket refills
/// one attempt a minute here, not the default's one every 3 seconds, so that a slow machine's 20 attempts stay a burst.
/// </summary>
public sealed class SignInLimitTests(SignInLimitTests.Host host) : IClassFixture<SignInLimitTests.Host>
{
    private const int DefaultBurst = 20;

    [Fact]
    public async Task Many_quick_attempts_from_one_address_across_many_user_names_get_429_and_other_addresses_still_sign_in()
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 30; attempt++)
        {
            statuses.Add((await SignIn("203.0.113.7", $"spray.{attempt}", "Spring-2026!")).StatusCode);
        }

        Assert.All(statuses.Take(DefaultBurst), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.All(statuses.Skip(DefaultBurst), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.OK, (await SignIn("198.51.100.20", "admin", Host.AdminPassword)).StatusCode);
        Assert.Equal(0L, await host.Count(
            "SELECT count(*) FROM platform.audit_log WHERE operation = 'SignIn' AND user_name = 'spray.25'"));
    }

    [Fact]
    public async Task Password_changes_draw_on_the_same_limit_of_the_client_address()
    {
        const string address = "192.0.2.44";
        var signedIn = await (await SignIn(address, "admin", Host.AdminPassword)).Content.ReadFromJsonAsync<JsonElement>();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 25; attempt++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/password")
            {
                Content = JsonContent.Create(new { currentPassword = Host.AdminPassword, newPassword = "weak" }),
            };
            request.Headers.Add("X-Forwarded-For", address);
            request.Headers.Authorization = new("Bearer", signedIn.GetProperty("accessToken").GetString());
            statuses.Add((await host.Anonymous().SendAsync(request)).StatusCode);
        }

        Assert.All(statuses.Take(DefaultBurst - 1), s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.All(statuses.Skip(DefaultBurst - 1), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }

    private Task<HttpResponseMessage> SignIn(string address, string userName, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { userName, password }) };
        request.Headers.Add("X-Forwarded-For", address);
        return host.Anonymous().SendAsync(request);
    }

    /// <summary>The default burst of the sign-in limit, behind a proxy that names the client in <c>X-Forwarded-For</c>.</summary>
    public sealed class Host() : ModuleTestHost("sign-in-limit")
    {
        public const string AdminPassword = "Gov3rnance-Start!";

        private readonly TestPluginsFolder _plugins = TestPluginsFolder.With();

        protected override string Plugins => _plugins.Path;

        protected override IReadOnlyDictionary<string, string?> SeedSettings => new Dictionary<string, string?>
        {
            ["Auth:AdminPassword"] = AdminPassword,
        };

        protected override IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
        {
            ["Audit:TrustForwardedFor"] = "true",
            ["Auth:SignInLimit:PerMinute"] = "1",
        };

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            _plugins.Dispose();
        }
    }
}
