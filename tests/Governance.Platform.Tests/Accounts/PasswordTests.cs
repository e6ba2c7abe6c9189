using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Platform.Tests.Accounts;

public sealed class PasswordTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Fact]
    public async Task A_weak_new_password_is_400_with_field_errors_and_changes_nothing()
    {
        const string password = "Lushan-Falls-9";
        await host.CreateUserWithPasswordAsync("qian.hui", password);
        var user = await host.SignedInAsync("qian.hui", password);
        var hashBefore = await PasswordHash("qian.hui");

        var tooShort = await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = password, newPassword = "abc123" });
        var oneClass = await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = password, newPassword = "abcdefghijklmn" });
        var withName = await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = password, newPassword = "Qian.Hui-2026x" });

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        var shortErrors = (await Problems.Read(tooShort)).Errors("newPassword");
        Assert.Contains(shortErrors, e => e.Contains("至少需要 10 个字符"));
        Assert.Contains(shortErrors, e => e.Contains("至少 3 类"));
        Assert.Equal(HttpStatusCode.BadRequest, oneClass.StatusCode);
        Assert.Contains((await Problems.Read(oneClass)).Errors("newPassword"), e => e.Contains("至少 3 类"));
        Assert.Equal(HttpStatusCode.BadRequest, withName.StatusCode);
        Assert.Contains("密码不能包含用户名", (await Problems.Read(withName)).Errors("newPassword"));
        Assert.Equal(hashBefore, await PasswordHash("qian.hui"));
    }

    [Fact]
    public async Task None_of_the_last_five_passwords_may_be_chosen_again_and_the_sixth_may()
    {
        string[] passwords = ["Taishan-Peak-01", "Huashan-Peak-02", "Hengshan-Peak-03", "Songshan-Peak-04", "Wuyi-Range-05", "Yandang-Range-06"];
        await host.CreateUserWithPasswordAsync("sun.li", passwords[0]);
        var session = await host.SignedInAsync("sun.li", passwords[0]);
        for (var i = 1; i <= 4; i++)
        {
            session = await ChangedAsync(session, passwords[i - 1], passwords[i]);
        }

        var hashBefore = await PasswordHash("sun.li");
        var reused = await session.PostAsJsonAsync("/api/auth/password", new { currentPassword = passwords[4], newPassword = passwords[0] });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal(["新密码不能与最近 5 次使用过的密码相同"], (await Problems.Read(reused)).Errors("newPassword"));
        Assert.Equal(hashBefore, await PasswordHash("sun.li"));

        session = await ChangedAsync(session, passwords[4], passwords[5]);
        await ChangedAsync(session, passwords[5], passwords[0]);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_ends_other_sessions()
    {
        const string password = "Emei-Mountain-1";
        await host.CreateUserWithPasswordAsync("zhou.min", password);
        var session = await host.SignedInAsync("zhou.min", password);

        var wrongCurrent = await session.PostAsJsonAsync("/api/auth/password",
            new { currentPassword = "Not-my-password1", newPassword = "Jiuzhai-Valley-2" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongCurrent.StatusCode);
        Assert.Equal(["当前密码不正确"], (await Problems.Read(wrongCurrent)).Errors("currentPassword"));

        var changed = await session.PostAsJsonAsync("/api/auth/password",
            new { currentPassword = password, newPassword = "Jiuzhai-Valley-2" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var fresh = host.WithToken((await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!);

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.PostAsJsonAsync("/api/auth/password",
            new { currentPassword = "Jiuzhai-Valley-2", newPassword = "Another-Pass-33" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.SignInAsync("zhou.min", password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.SignInAsync("zhou.min", "Jiuzhai-Valley-2")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await fresh.PostAsJsonAsync("/api/auth/password",
            new { currentPassword = "Jiuzhai-Valley-2", newPassword = "Jiuzhai-Valley-2" })).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_is_audited_and_cannot_lock_the_owner_out_but_ends_the_sessions_when_repeated()
    {
        const string password = "Taishan-Sunrise-4";
        var id = await host.CreateUserWithPasswordAsync("feng.lan", password);
        var stolen = await host.SignedInAsync("feng.lan", password);

        for (var attempt = 1; attempt < AccountsHost.MaxFailures; attempt++)
        {
            var wrong = await stolen.PostAsJsonAsync("/api/auth/password",
                new { currentPassword = $"Guess-number-{attempt}", newPassword = "Huangshan-Pines-7" });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal(["当前密码不正确"], (await Problems.Read(wrong)).Errors("currentPassword"));
        }

        var last = await stolen.PostAsJsonAsync("/api/auth/password",
            new { currentPassword = "Guess-number-last", newPassword = "Huangshan-Pines-7" });
        Assert.Equal(HttpStatusCode.BadRequest, last.StatusCode);
        Assert.Contains("所有登录会话已结束", Assert.Single((await Problems.Read(last)).Errors("currentPassword")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await stolen.PostAsJsonAsync("/api/auth/password",
            new { currentPassword = "Guess-number-more", newPassword = "Huangshan-Pines-7" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await host.SignInAsync("feng.lan", password)).StatusCode);
        Assert.Equal(0, await Sql.Scalar<int>(host.Database, "SELECT failed_sign_ins FROM platform.users WHERE id = $1", id));
        Assert.Equal((long)AccountsHost.MaxFailures, await Sql.Scalar<long>(host.Database, """
            SELECT count(*) FROM platform.audit_log
            WHERE operation = 'ChangePassword' AND user_id = $1 AND outcome = 'denied' AND detail = 'WrongCurrentPassword'
            """, id));
    }

    [Fact]
    public async Task An_administrator_reset_gives_a_temporary_password_that_must_be_changed_first()
    {
        const string password = "Wuyi-Tea-Hills5";
        var id = await host.CreateUserWithPasswordAsync("wu.jun", password, AccountsHost.SenderDepartment);
        var oldSession = await host.SignedInAsync("wu.jun", password);
        var admin = await host.AdminAsync();

        var reset = await admin.PostAsync($"/api/platform/users/{id}/reset-password", null);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var temporary = (await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("password").GetString()!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await oldSession.GetAsync($"/api/sender/notes/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.SignInAsync("wu.jun", password)).StatusCode);

        var signIn = await host.SignInAsync("wu.jun", temporary);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var body = await signIn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("mustChangePassword").GetBoolean());
        var temporarySession = host.WithToken(body.GetProperty("accessToken").GetString()!);
        var blocked = await temporarySession.PostAsJsonAsync("/api/sender/notes", new { text = "改密前" });
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Contains("POST /api/auth/password", (await Problems.Read(blocked)).Detail());
        Assert.Equal(0L, await Sql.Scalar<long>(host.Database, "SELECT count(*) FROM sender.notes WHERE text = '改密前'"));

        var changed = await temporarySession.PostAsJsonAsync("/api/auth/password",
            new { currentPassword = temporary, newPassword = "Wuyi-Tea-Hills6" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var after = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(after.GetProperty("mustChangePassword").GetBoolean());
        var session = host.WithToken(after.GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.Created, (await session.PostAsJsonAsync("/api/sender/notes", new { text = "改密后" })).StatusCode);
    }

    [Fact]
    public async Task A_reset_lifts_a_lock_out()
    {
        var id = await host.CreateUserWithPasswordAsync("feng.yu", "Songshan-Peak-7");
        for (var attempt = 0; attempt < AccountsHost.MaxFailures; attempt++)
        {
            await host.SignInAsync("feng.yu", "Wrong-guess-x1");
        }

        Assert.Equal(HttpStatusCode.Locked, (await host.SignInAsync("feng.yu", "Songshan-Peak-7")).StatusCode);
        var reset = await (await host.AdminAsync()).PostAsync($"/api/platform/users/{id}/reset-password", null);
        var temporary = (await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("password").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await host.SignInAsync("feng.yu", temporary)).StatusCode);
    }

    private async Task<HttpClient> ChangedAsync(HttpClient session, string current, string next)
    {
        var changed = await session.PostAsJsonAsync("/api/auth/password", new { currentPassword = current, newPassword = next });
        Assert.True(changed.StatusCode == HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        return host.WithToken((await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!);
    }

    private Task<string> PasswordHash(string userName) =>
        Sql.Scalar<string>(host.Database, "SELECT password_hash FROM platform.users WHERE user_name = $1", userName);
}
