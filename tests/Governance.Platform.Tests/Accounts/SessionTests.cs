using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Platform.Tests.Accounts;

/// <summary>Server-side sessions: idle timeout (30 minutes), maximum lifetime (4 hours here), sign-out.</summary>
public sealed class SessionTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    [Fact]
    public async Task A_session_idle_for_the_timeout_is_refused_as_idle_while_requests_keep_it_alive()
    {
        var admin = await host.AdminAsync();
        for (var i = 0; i < 3; i++)
        {
            host.Clock.Advance(IdleTimeout - TimeSpan.FromMinutes(1));
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/platform/roles")).StatusCode);
        }

        host.Clock.Advance(IdleTimeout);
        var idle = await admin.GetAsync("/api/platform/roles");

        Assert.Equal(HttpStatusCode.Unauthorized, idle.StatusCode);
        var problem = await Problems.Read(idle);
        Assert.Equal("idle", problem.GetProperty("sessionEnded").GetString());
        Assert.Contains("超过 30 分钟没有操作", problem.Detail());
        Assert.Equal(HttpStatusCode.OK, (await (await host.AdminAsync()).GetAsync("/api/platform/roles")).StatusCode);
    }

    [Fact]
    public async Task Activity_is_written_at_most_once_a_minute()
    {
        var admin = await host.AdminAsync();
        var session = SessionOf(admin);
        var signedInAt = await LastActivity(session);

        host.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/platform/roles")).StatusCode);
        Assert.Equal(signedInAt, await LastActivity(session));

        host.Clock.Advance(TimeSpan.FromSeconds(45));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/platform/roles")).StatusCode);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, await LastActivity(session), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task No_token_outlives_the_maximum_lifetime_and_a_busy_session_ends_there_as_expired()
    {
        var signIn = await host.SignInAsync("admin", AccountsHost.AdminPassword);
        var body = await signIn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(host.Clock.GetUtcNow() + AccountsHost.SessionMaxLifetime, body.GetProperty("expiresAt").GetDateTimeOffset(),
            TimeSpan.FromSeconds(1));
        var admin = host.WithToken(body.GetProperty("accessToken").GetString()!);
        var started = host.Clock.GetUtcNow();
        while (host.Clock.GetUtcNow() - started < AccountsHost.SessionMaxLifetime - TimeSpan.FromMinutes(20))
        {
            host.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/platform/roles")).StatusCode);
        }

        host.Clock.Advance(started + AccountsHost.SessionMaxLifetime + TimeSpan.FromSeconds(5) - host.Clock.GetUtcNow());
        var expired = await admin.GetAsync("/api/platform/roles");

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        var problem = await Problems.Read(expired);
        Assert.Equal("expired", problem.GetProperty("sessionEnded").GetString());
        Assert.Contains("自登录起已满 4 小时", problem.Detail());
    }

    [Fact]
    public async Task Signing_out_ends_that_session_only_and_is_audited()
    {
        const string password = "Lijiang-Old-Town1";
        var id = await host.CreateUserWithPasswordAsync("he.ping", password);
        var laptop = await host.SignedInAsync("he.ping", password);
        var phone = await host.SignedInAsync("he.ping", password);

        var signedOut = await laptop.PostAsync("/api/auth/sign-out", null);

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        var refused = await laptop.PostAsync("/api/auth/sign-out", null);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var problem = await Problems.Read(refused);
        Assert.Equal("signedOut", problem.GetProperty("sessionEnded").GetString());
        Assert.Contains("已退出登录", problem.Detail());
        Assert.NotNull(await Sql.Scalar<DateTime?>(host.Database, "SELECT ended_at FROM platform.sessions WHERE id = $1", SessionOf(laptop)));
        Assert.Equal(HttpStatusCode.NoContent, (await phone.PostAsync("/api/auth/sign-out", null)).StatusCode);
        Assert.Equal(["success", "success"], await Sql.Column(host.Database,
            "SELECT outcome FROM platform.audit_log WHERE operation = 'SignOut' AND user_id = $1", id));
    }

    [Fact]
    public async Task A_token_without_a_session_keeps_working_and_has_no_session_to_end()
    {
        var minted = host.Application.ClientAs(TestUsers.Administrator());

        Assert.Equal(HttpStatusCode.OK, (await minted.GetAsync("/api/platform/roles")).StatusCode);
        var signOut = await minted.PostAsync("/api/auth/sign-out", null);
        Assert.Equal(HttpStatusCode.Conflict, signOut.StatusCode);
        Assert.Contains("不属于平台的登录会话", (await Problems.Read(signOut)).Detail());
        host.Clock.Advance(IdleTimeout + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await minted.GetAsync("/api/platform/roles")).StatusCode);
    }

    [Fact]
    public async Task Sessions_an_hour_past_the_maximum_lifetime_are_removed()
    {
        var admin = await host.AdminAsync();
        var session = SessionOf(admin);

        host.Clock.Advance(AccountsHost.SessionMaxLifetime + TimeSpan.FromHours(2));

        await Eventually.Get(() => Sql.Scalar<long>(host.Database, "SELECT count(*) FROM platform.sessions WHERE id = $1", session),
            count => count == 0, what: "the expired session to be removed");
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/platform/roles")).StatusCode);
    }

    private static Guid SessionOf(HttpClient client) =>
        Guid.Parse(new JwtSecurityTokenHandler().ReadJwtToken(client.DefaultRequestHeaders.Authorization!.Parameter)
            .Claims.Single(c => c.Type == "sid").Value);

    private Task<DateTime> LastActivity(Guid session) =>
        Sql.Scalar<DateTime>(host.Database, "SELECT last_activity_at FROM platform.sessions WHERE id = $1", session);
}
