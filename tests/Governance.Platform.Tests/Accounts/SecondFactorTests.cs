using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Testing;
using OtpNet;

namespace Governance.Platform.Tests.Accounts;

/// <summary>The optional TOTP second factor (RFC 6238), its recovery codes, and roles that require it.</summary>
public sealed class SecondFactorTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Enrolling_and_confirming_turns_the_second_factor_on_and_sign_in_then_needs_a_code()
    {
        const string password = "Guilin-Karst-2026";
        var id = await host.CreateUserWithPasswordAsync("tang.yu", password, AccountsHost.SenderDepartment);
        var before = await host.SignedInAsync("tang.yu", password);

        var enrol = await (await before.PostAsync("/api/auth/second-factor/enrol", null)).Content.ReadFromJsonAsync<JsonElement>();
        var secret = enrol.GetProperty("secret").GetString()!;
        Assert.StartsWith("otpauth://totp/Governance:tang.yu?", enrol.GetProperty("uri").GetString());
        Assert.Contains($"secret={secret}", enrol.GetProperty("uri").GetString());
        Assert.Contains("issuer=Governance", enrol.GetProperty("uri").GetString());
        var wrong = await before.PostAsJsonAsync("/api/auth/second-factor/confirm", new { code = OtherCode(secret) });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("验证码不正确", Assert.Single((await Problems.Read(wrong)).Errors("code")));

        var confirmed = await before.PostAsJsonAsync("/api/auth/second-factor/confirm", new { code = Code(secret) });

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var body = await confirmed.Content.ReadFromJsonAsync<JsonElement>();
        var recoveryCodes = body.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(10, recoveryCodes.Distinct().Count());
        Assert.Equal(HttpStatusCode.Unauthorized, (await before.PostAsJsonAsync("/api/sender/notes", new { text = "旧令牌" })).StatusCode);
        var after = host.WithToken(body.GetProperty("token").GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.Created, (await after.PostAsJsonAsync("/api/sender/notes", new { text = "确认后" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await after.PostAsync("/api/auth/second-factor/enrol", null)).StatusCode);
        Assert.Equal(10, await Sql.Scalar<int>(host.Database,
            "SELECT cardinality(recovery_code_hashes) FROM platform.users WHERE id = $1", id));
        Assert.Empty(await Sql.Column(host.Database,
            "SELECT h FROM platform.users, unnest(recovery_code_hashes) h WHERE id = $1 AND h = ANY ($2)", id, recoveryCodes.ToArray()));

        var challenge = await ChallengeAsync("tang.yu", password);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.WithToken(challenge).GetAsync("/api/sender/notes/" + Guid.NewGuid())).StatusCode);
        host.Clock.Advance(Step);
        var signedIn = await CompleteAsync(challenge, code: Code(secret));

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var token = (await signedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await host.WithToken(token).PostAsJsonAsync("/api/sender/notes", new { text = "双因素" })).StatusCode);
        Assert.Equal(["denied SecondFactorRequired", "success "], await Sql.Column(host.Database, """
            SELECT entry FROM (
                SELECT id, outcome || ' ' || coalesce(detail, '') AS entry FROM platform.audit_log
                WHERE user_id = $1 AND operation = 'SignIn' ORDER BY id DESC LIMIT 2) last
            ORDER BY id
            """, id));
        Assert.Equal(
            ["EnrolSecondFactor success ", "ConfirmSecondFactor denied Invalid Code", "ConfirmSecondFactor success ", "EnrolSecondFactor denied ConflictException"],
            await Sql.Column(host.Database, """
                SELECT operation || ' ' || outcome || ' ' || coalesce(detail, '') FROM platform.audit_log
                WHERE user_id = $1 AND operation LIKE '%SecondFactor' ORDER BY id
                """, id));
    }

    [Fact]
    public async Task A_code_is_refused_a_second_time_within_its_step()
    {
        var (_, secret, _) = await EnrolledAsync("yang.bo", "Dunhuang-Caves-1");
        host.Clock.Advance(Step);
        var code = Code(secret);
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(await ChallengeAsync("yang.bo", "Dunhuang-Caves-1"), code)).StatusCode);

        var replayed = await CompleteAsync(await ChallengeAsync("yang.bo", "Dunhuang-Caves-1"), code);

        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal("验证码错误", (await Problems.Read(replayed)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (id, _, recoveryCodes) = await EnrolledAsync("lu.xin", "Xishuangbanna-7");
        var recoveryCode = recoveryCodes[3].ToLowerInvariant();

        var first = await CompleteAsync(await ChallengeAsync("lu.xin", "Xishuangbanna-7"), recoveryCode: recoveryCode);
        var again = await CompleteAsync(await ChallengeAsync("lu.xin", "Xishuangbanna-7"), recoveryCode: recoveryCode);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal(9, await Sql.Scalar<int>(host.Database, "SELECT cardinality(recovery_code_hashes) FROM platform.users WHERE id = $1", id));
    }

    [Fact]
    public async Task Wrong_codes_count_towards_lock_out_even_with_the_right_password_in_between()
    {
        var (id, secret, _) = await EnrolledAsync("qin.shan", "Pingyao-Walls-3");
        for (var attempt = 1; attempt < AccountsHost.MaxFailures; attempt++)
        {
            var wrong = await CompleteAsync(await ChallengeAsync("qin.shan", "Pingyao-Walls-3"), OtherCode(secret));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var locking = await CompleteAsync(await ChallengeAsync("qin.shan", "Pingyao-Walls-3"), OtherCode(secret));

        Assert.Equal(HttpStatusCode.Locked, locking.StatusCode);
        Assert.Equal((long)AccountsHost.MaxFailures, await Sql.Scalar<long>(host.Database,
            "SELECT count(*) FROM platform.audit_log WHERE operation = 'SignIn' AND user_id = $1 AND detail IN ('WrongSecondFactor', 'LockedOut')", id));
        Assert.Equal(HttpStatusCode.Locked, (await host.SignInAsync("qin.shan", "Pingyao-Walls-3")).StatusCode);
    }

    [Fact]
    public async Task Bad_second_step_input_is_a_400_naming_the_field_and_a_stale_challenge_a_401()
    {
        var noCode = await host.Anonymous().PostAsJsonAsync("/api/auth/token/second-factor", new { challenge = "x" });
        var badCode = await host.Anonymous().PostAsJsonAsync("/api/auth/token/second-factor", new { challenge = "x", code = "12ab" });
        var forged = await host.Anonymous().PostAsJsonAsync("/api/auth/token/second-factor", new { challenge = "x", code = "123456" });

        Assert.Equal(HttpStatusCode.BadRequest, noCode.StatusCode);
        Assert.Contains("recoveryCode", Assert.Single((await Problems.Read(noCode)).Errors("code")));
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.Equal(["验证码应为验证器应用显示的 6 位数字"], (await Problems.Read(badCode)).Errors("code"));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal("验证已失效", (await Problems.Read(forged)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_role_requiring_a_second_factor_lets_its_holders_only_enrol_until_they_have()
    {
        var admin = await host.AdminAsync();
        var role = await admin.PostAsJsonAsync("/api/platform/roles",
            new { code = "leader", name = "分管领导", permissions = Array.Empty<string>(), requiresSecondFactor = true });
        Assert.Equal(HttpStatusCode.Created, role.StatusCode);
        Assert.True((await role.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requiresSecondFactor").GetBoolean());
        var id = await host.CreateUserWithPasswordAsync("gao.feng", "Wudang-Temple-5", AccountsHost.SenderDepartment, roles: "leader");

        var signIn = await (await host.SignInAsync("gao.feng", "Wudang-Temple-5")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(signIn.GetProperty("secondFactorEnrolmentRequired").GetBoolean());
        var restricted = host.WithToken(signIn.GetProperty("accessToken").GetString()!);
        var blocked = await restricted.PostAsJsonAsync("/api/sender/notes", new { text = "未启用" });
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Contains("POST /api/auth/second-factor/enrol", (await Problems.Read(blocked)).Detail());

        var secret = (await (await restricted.PostAsync("/api/auth/second-factor/enrol", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("secret").GetString()!;
        var confirmed = await (await restricted.PostAsJsonAsync("/api/auth/second-factor/confirm", new { code = Code(secret) }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var full = host.WithToken(confirmed.GetProperty("token").GetProperty("accessToken").GetString()!);
        Assert.False(confirmed.GetProperty("token").GetProperty("secondFactorEnrolmentRequired").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, (await full.PostAsJsonAsync("/api/sender/notes", new { text = "已启用" })).StatusCode);
        host.Clock.Advance(Step);
        var disable = await full.PostAsJsonAsync("/api/auth/second-factor/disable", new { code = Code(secret) });
        Assert.Equal(HttpStatusCode.Conflict, disable.StatusCode);
        Assert.Contains("分管领导", (await Problems.Read(disable)).Detail());

        var reset = await (await host.AdminAsync()).PostAsync($"/api/platform/users/{id}/reset-second-factor", null);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.False((await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secondFactorEnabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await full.PostAsJsonAsync("/api/sender/notes", new { text = "重置后" })).StatusCode);
        var again = await (await host.SignInAsync("gao.feng", "Wudang-Temple-5")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(again.GetProperty("secondFactorEnrolmentRequired").GetBoolean());
        Assert.Equal(1L, await Sql.Scalar<long>(host.Database,
            "SELECT count(*) FROM platform.audit_log WHERE operation = 'ResetSecondFactor' AND outcome = 'success'"));
    }

    [Fact]
    public async Task Turning_the_second_factor_off_needs_the_password_or_a_code()
    {
        var (_, secret, _) = await EnrolledAsync("dong.mei", "Kunming-Spring-8");
        host.Clock.Advance(Step);
        var completed = await CompleteAsync(await ChallengeAsync("dong.mei", "Kunming-Spring-8"), Code(secret));
        var session = host.WithToken((await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!);

        var wrong = await session.PostAsJsonAsync("/api/auth/second-factor/disable", new { password = "Not-the-password1" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(["密码不正确"], (await Problems.Read(wrong)).Errors("password"));
        var wrongCode = await session.PostAsJsonAsync("/api/auth/second-factor/disable", new { code = OtherCode(secret) });
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
        Assert.Equal(["验证码不正确或已使用过"], (await Problems.Read(wrongCode)).Errors("code"));
        Assert.Equal(HttpStatusCode.BadRequest,
            (await session.PostAsJsonAsync("/api/auth/second-factor/disable", new { code = "12ab" })).StatusCode);
        var off = await session.PostAsJsonAsync("/api/auth/second-factor/disable", new { password = "Kunming-Spring-8" });

        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        var signIn = await (await host.SignInAsync("dong.mei", "Kunming-Spring-8")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(signIn.TryGetProperty("accessToken", out _));
    }

    private async Task<(Guid Id, string Secret, List<string> RecoveryCodes)> EnrolledAsync(string userName, string password)
    {
        var id = await host.CreateUserWithPasswordAsync(userName, password);
        var client = await host.SignedInAsync(userName, password);
        var secret = (await (await client.PostAsync("/api/auth/second-factor/enrol", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("secret").GetString()!;
        var confirmed = await client.PostAsJsonAsync("/api/auth/second-factor/confirm", new { code = Code(secret) });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var recoveryCodes = (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryCodes").EnumerateArray()
            .Select(c => c.GetString()!).ToList();
        return (id, secret, recoveryCodes);
    }

    private async Task<string> ChallengeAsync(string userName, string password)
    {
        var response = await host.SignInAsync(userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("secondFactorRequired").GetBoolean());
        Assert.False(body.TryGetProperty("accessToken", out _));
        return body.GetProperty("challenge").GetString()!;
    }

    private Task<HttpResponseMessage> CompleteAsync(string challenge, string? code = null, string? recoveryCode = null) =>
        host.Anonymous().PostAsJsonAsync("/api/auth/token/second-factor", new { challenge, code, recoveryCode });

    private string Code(string secret) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(host.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A well-formed code that is none of the three the key accepts now.</summary>
    private string OtherCode(string secret)
    {
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        var now = host.Clock.GetUtcNow().UtcDateTime;
        var accepted = new[] { -30, 0, 30 }.Select(offset => totp.ComputeTotp(now.AddSeconds(offset))).ToHashSet();
        return Enumerable.Range(0, 4).Select(i => $"{i}{i}{i}{i}{i}{i}").First(code => !accepted.Contains(code));
    }
}
