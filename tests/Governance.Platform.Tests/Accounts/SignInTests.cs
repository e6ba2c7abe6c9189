using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Platform.Tests.Accounts;

public sealed class SignInTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Fact]
    public async Task Administrator_signs_in_and_gets_a_bearer_token_with_department_and_permissions()
    {
        var response = await host.SignInAsync("ADMIN", AccountsHost.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.False(body.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(host.Clock.GetUtcNow() + AccountsHost.SessionMaxLifetime, body.GetProperty("expiresAt").GetDateTimeOffset(), TimeSpan.FromSeconds(1));
        var token = new JwtSecurityTokenHandler().ReadJwtToken(body.GetProperty("accessToken").GetString());
        Assert.Equal("admin", token.Claims.Single(c => c.Type == "name").Value);
        Assert.Equal("zzb", token.Claims.Single(c => c.Type == "dept").Value);
        Assert.Equal(
            ["platform.admin", "platform.audit.read", "platform.personal-data.view"],
            token.Claims.Where(c => c.Type == "perm").Select(c => c.Value).Order());
        var users = await host.WithToken(body.GetProperty("accessToken").GetString()!).GetAsync("/api/platform/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains("success", await Sql.Column(host.Database,
            "SELECT outcome FROM platform.audit_log WHERE operation = 'SignIn' AND user_name = 'admin'"));
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_401()
    {
        await host.CreateUserWithPasswordAsync("li.wei", "Qingshan-2026");

        var wrongPassword = await host.SignInAsync("li.wei", "Not-the-password1");
        var unknownUser = await host.SignInAsync("nobody.here", "Not-the-password1");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownUser.StatusCode);
        var first = await Problems.Read(wrongPassword);
        var second = await Problems.Read(unknownUser);
        Assert.Equal(first.GetProperty("title").GetString(), second.GetProperty("title").GetString());
        Assert.Equal(first.Detail(), second.Detail());
        Assert.Contains("用户名或密码错误", first.Detail());
        Assert.Equal(["denied"], await Sql.Column(host.Database,
            "SELECT outcome FROM platform.audit_log WHERE operation = 'SignIn' AND user_name = 'nobody.here'"));
        Assert.Equal("WrongCredentials", await Sql.Scalar<string>(host.Database,
            "SELECT detail FROM platform.audit_log WHERE operation = 'SignIn' AND user_name = 'li.wei' ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task Missing_user_name_and_password_are_400_field_errors()
    {
        var response = await host.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problems.Read(response);
        Assert.Equal(["用户名不能为空"], problem.Errors("userName"));
        Assert.Equal(["密码不能为空"], problem.Errors("password"));
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_until_the_duration_has_passed()
    {
        const string password = "Zhangjiajie-88";
        await host.CreateUserWithPasswordAsync("wang.fang", password);

        for (var attempt = 1; attempt < AccountsHost.MaxFailures; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.SignInAsync("wang.fang", $"Wrong-guess-{attempt}")).StatusCode);
        }

        var locking = await host.SignInAsync("wang.fang", "Wrong-guess-last");
        Assert.Equal(HttpStatusCode.Locked, locking.StatusCode);
        var lockedUntil = (await Problems.Read(locking)).GetProperty("lockedUntil").GetDateTimeOffset();
        Assert.Equal(host.Clock.GetUtcNow() + AccountsHost.LockoutDuration, lockedUntil, TimeSpan.FromSeconds(1));

        var rightPasswordWhileLocked = await host.SignInAsync("wang.fang", password);
        Assert.Equal(HttpStatusCode.Locked, rightPasswordWhileLocked.StatusCode);
        Assert.Contains("账号已锁定至", (await Problems.Read(rightPasswordWhileLocked)).Detail());

        host.Clock.Advance(AccountsHost.LockoutDuration - TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.Locked, (await host.SignInAsync("wang.fang", password)).StatusCode);
        host.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, (await host.SignInAsync("wang.fang", password)).StatusCode);
        Assert.Equal(0, await Sql.Scalar<int>(host.Database,
            "SELECT failed_sign_ins FROM platform.users WHERE user_name = 'wang.fang'"));
    }

    [Fact]
    public async Task A_successful_sign_in_clears_earlier_failures()
    {
        const string password = "Huangshan-2026";
        await host.CreateUserWithPasswordAsync("zhao.lei", password);

        for (var round = 0; round < 2; round++)
        {
            for (var attempt = 1; attempt < AccountsHost.MaxFailures; attempt++)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await host.SignInAsync("zhao.lei", "Wrong-guess-x1")).StatusCode);
            }

            Assert.Equal(HttpStatusCode.OK, (await host.SignInAsync("zhao.lei", password)).StatusCode);
        }
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_their_existing_token_stops_working()
    {
        const string password = "Taihu-Lake-2026";
        var id = await host.CreateUserWithPasswordAsync("sun.li", password, AccountsHost.SenderDepartment);
        var user = await host.SignedInAsync("sun.li", password);
        Assert.Equal(HttpStatusCode.Created, (await user.PostAsJsonAsync("/api/sender/notes", new { text = "停用前" })).StatusCode);
        var admin = await host.AdminAsync();

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/platform/users/{id}/disable", null)).StatusCode);

        var refused = await user.PostAsJsonAsync("/api/sender/notes", new { text = "停用后" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("已停用", (await Problems.Read(refused)).Detail());
        var signIn = await host.SignInAsync("sun.li", password);
        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
        Assert.Contains("停用", (await Problems.Read(signIn)).Detail());
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.SignInAsync("sun.li", "Wrong-guess-x1")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/platform/users/{id}/enable", null)).StatusCode);
        var again = await host.SignedInAsync("sun.li", password);
        Assert.Equal(HttpStatusCode.Created, (await again.PostAsJsonAsync("/api/sender/notes", new { text = "启用后" })).StatusCode);
    }

    [Fact]
    public async Task Expired_and_forged_tokens_are_401_problems()
    {
        var admin = await host.AdminAsync();
        host.Clock.Advance(TimeSpan.FromHours(9));

        var expired = await admin.GetAsync("/api/platform/users");
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Contains("已过期", (await Problems.Read(expired)).Detail());

        var forged = await host.WithToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").GetAsync("/api/platform/users");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Contains("无效", (await Problems.Read(forged)).Detail());
    }
}
