using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Platform.Tests.Accounts;

public sealed class AdministrationTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Theory]
    [InlineData("/api/platform/users")]
    [InlineData("/api/platform/roles")]
    [InlineData("/api/platform/departments")]
    [InlineData("/api/platform/departments/xfj/modules")]
    [InlineData("/api/platform/permissions")]
    [InlineData("/api/platform/outbox/dead-letters")]
    public async Task Administration_needs_sign_in_and_platform_admin(string path)
    {
        var anonymous = await host.Anonymous().GetAsync(path);
        var clerk = await host.Application.ClientAs(TestUsers.User("330106", "xfj", "platform.audit.read")).GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("POST /api/auth/token", (await Problems.Read(anonymous)).Detail());
        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        Assert.Contains("platform.admin", (await Problems.Read(clerk)).Detail());
    }

    [Fact]
    public async Task Bad_user_input_is_400_per_field_and_writes_nothing()
    {
        var admin = await host.AdminAsync();
        var before = await UserCount();

        var response = await admin.PostAsJsonAsync("/api/platform/users", new
        {
            userName = "x y",
            displayName = "",
            department = "nowhere",
            jurisdiction = "3301069",
            roles = new[] { "petition-clerk", "no-such-role" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problems.Read(response);
        Assert.Contains(problem.Errors("userName"), e => e.Contains("只能由字母、数字"));
        Assert.Equal(["姓名不能为空"], problem.Errors("displayName"));
        Assert.Equal(["部门 nowhere 不存在"], problem.Errors("department"));
        Assert.Contains("7 位", problem.Errors("jurisdiction").Single());
        Assert.Equal(["角色 no-such-role 不存在"], problem.Errors("roles"));
        Assert.Equal(before, await UserCount());
    }

    [Fact]
    public async Task User_names_are_unique_whatever_their_case()
    {
        await host.CreateUserAsync("chen.gang");

        var duplicate = await (await host.AdminAsync()).PostAsJsonAsync("/api/platform/users",
            new { userName = "Chen.Gang", displayName = "陈刚", department = "sfs", jurisdiction = "330106001", roles = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("Chen.Gang", (await Problems.Read(duplicate)).Detail());
        Assert.Equal(1L, await Sql.Scalar<long>(host.Database,
            "SELECT count(*) FROM platform.users WHERE normalized_user_name = 'CHEN.GANG'"));
    }

    [Fact]
    public async Task Users_are_listed_a_page_at_a_time_filtered_and_sorted_on_the_server()
    {
        await host.CreateUserAsync("grid.a1", "xzjd", "330106002051007", "grid-worker");
        await host.CreateUserAsync("grid.a2", "xzjd", "330106002051", "grid-worker");
        await host.CreateUserAsync("grid.a3", "xzjd", "330106002", "grid-worker");
        await host.CreateUserAsync("grid.b1", "xzjd", "330102", "grid-worker");
        var admin = await host.AdminAsync();

        var page = await admin.GetFromJsonAsync<JsonElement>(
            "/api/platform/users?role=grid-worker&jurisdiction=330106002000&sort=-userName&pageSize=2&page=1");

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(["grid.a3", "grid.a2"], page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()));
        var second = await admin.GetFromJsonAsync<JsonElement>(
            "/api/platform/users?role=grid-worker&jurisdiction=330106002&sort=-userName&pageSize=2&page=2");
        var last = second.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("grid.a1", last.GetProperty("userName").GetString());
        Assert.Equal("330106002051007", last.GetProperty("jurisdiction").GetString());
        var found = await admin.GetFromJsonAsync<JsonElement>("/api/platform/users?q=GRID.B");
        Assert.Equal("330102", found.GetProperty("items")[0].GetProperty("jurisdiction").GetString());

        var badSort = await admin.GetAsync("/api/platform/users?sort=password&pageSize=1000");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        var problem = await Problems.Read(badSort);
        Assert.Contains("userName", problem.Errors("sort").Single());
        Assert.Contains("200", problem.Errors("pageSize").Single());
    }

    [Fact]
    public async Task Updating_a_user_checks_if_match_and_ends_their_sessions()
    {
        var id = await host.CreateUserWithPasswordAsync("he.ping", "Yandang-Hill-3", "xfj", "330106", "petition-clerk");
        var session = await host.SignedInAsync("he.ping", "Yandang-Hill-3");
        var admin = await host.AdminAsync();
        var read = await admin.GetAsync($"/api/platform/users/{id}");
        var etag = read.Headers.ETag!.Tag;

        var moved = await Put(admin, $"/api/platform/users/{id}", etag,
            new { displayName = "何平", department = "sfs", jurisdiction = "330106001", roles = new[] { "justice-clerk", "mediator" } });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var user = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("sfs", user.GetProperty("department").GetString());
        Assert.Equal(["justice-clerk", "mediator"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.NotEqual(etag, moved.Headers.ETag!.Tag);

        var stale = await Put(admin, $"/api/platform/users/{id}", etag,
            new { displayName = "何平", department = "xfj", jurisdiction = "330106", roles = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改", (await Problems.Read(stale)).Detail());
        Assert.Equal("sfs", await Sql.Scalar<string>(host.Database, "SELECT department_code FROM platform.users WHERE id = $1", id));

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/sender/notes/" + Guid.NewGuid())).StatusCode);
        var token = await (await host.SignInAsync("he.ping", "Yandang-Hill-3")).Content.ReadFromJsonAsync<JsonElement>();
        var claims = new JwtSecurityTokenHandler().ReadJwtToken(token.GetProperty("accessToken").GetString()).Claims.ToList();
        Assert.Equal("sfs", claims.Single(c => c.Type == "dept").Value);
        Assert.Equal("330106001", claims.Single(c => c.Type == "jur").Value);
    }

    [Fact]
    public async Task Roles_grant_only_existing_permissions_and_module_wildcards_expand_at_sign_in()
    {
        var admin = await host.AdminAsync();

        var unknown = await admin.PostAsJsonAsync("/api/platform/roles",
            new { code = "note-taker", name = "便签员", permissions = new[] { "sender.notes.erase", "Nowhere:*" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("sender.notes.erase、Nowhere:*", (await Problems.Read(unknown)).Errors("permissions").Single());
        Assert.Equal(0L, await Sql.Scalar<long>(host.Database, "SELECT count(*) FROM platform.roles WHERE code = 'note-taker'"));

        var created = await admin.PostAsJsonAsync("/api/platform/roles",
            new { code = "note-taker", name = "便签员", permissions = new[] { "Sender:*", "platform.audit.read" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await host.CreateUserWithPasswordAsync("ma.li", "Qiandao-Lake-4", "xfj", "330106", "note-taker");
        var token = await (await host.SignInAsync("ma.li", "Qiandao-Lake-4")).Content.ReadFromJsonAsync<JsonElement>();
        var permissions = new JwtSecurityTokenHandler().ReadJwtToken(token.GetProperty("accessToken").GetString())
            .Claims.Where(c => c.Type == "perm").Select(c => c.Value).Order();
        Assert.Equal(["platform.audit.read", "sender.notes.read", "sender.notes.write"], permissions);

        var catalog = await admin.GetFromJsonAsync<JsonElement>("/api/platform/permissions");
        Assert.Contains(catalog.GetProperty("permissions").EnumerateArray(),
            p => p.GetProperty("name").GetString() == "sender.notes.write" && p.GetProperty("source").GetString() == "Sender");
        Assert.Contains("Sender:*", catalog.GetProperty("moduleWildcards").EnumerateArray().Select(w => w.GetString()));

        var inUse = await admin.DeleteAsync("/api/platform/roles/note-taker");
        Assert.Equal(HttpStatusCode.Conflict, inUse.StatusCode);
        Assert.Contains("1 个用户", (await Problems.Read(inUse)).Detail());
    }

    [Fact]
    public async Task Seeded_departments_and_roles_are_there_and_departments_can_be_managed()
    {
        var admin = await host.AdminAsync();
        var departments = await admin.GetFromJsonAsync<JsonElement>("/api/platform/departments?pageSize=50");
        Assert.Contains("信访局", departments.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        var justice = await admin.GetFromJsonAsync<JsonElement>("/api/platform/departments?kind=Justice&sort=-code");
        Assert.Equal(["sfs", "sfj"], justice.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        var roles = await admin.GetFromJsonAsync<JsonElement>("/api/platform/roles?permission=platform.admin");
        Assert.Equal("系统管理员", roles.GetProperty("items").EnumerateArray().Single().GetProperty("name").GetString());

        var created = await admin.PostAsJsonAsync("/api/platform/departments", new { code = "sfs-liuxia", name = "留下司法所", kind = "Justice" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var duplicate = await admin.PostAsJsonAsync("/api/platform/departments", new { code = "sfs-liuxia", name = "又一个", kind = "Justice" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var badKind = await admin.PostAsJsonAsync("/api/platform/departments", new { code = "Bad Code", name = "", kind = "Army" });
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Equal("$.kind", (await Problems.Read(badKind)).GetProperty("path").GetString());

        await host.CreateUserAsync("xu.qing", "sfs-liuxia", "330106008");
        var occupied = await admin.DeleteAsync("/api/platform/departments/sfs-liuxia");
        Assert.Equal(HttpStatusCode.Conflict, occupied.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/platform/departments/rsj")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/platform/departments/rsj")).StatusCode);
    }

    [Fact]
    public async Task The_last_administrator_cannot_be_disabled_or_lose_the_role()
    {
        var admin = await host.AdminAsync();
        var adminId = await Sql.Scalar<Guid>(host.Database, "SELECT id FROM platform.users WHERE user_name = 'admin'");

        var disable = await admin.PostAsync($"/api/platform/users/{adminId}/disable", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, disable.StatusCode);
        Assert.Contains("platform.admin", (await Problems.Read(disable)).Detail());
        var demote = await admin.PutAsJsonAsync($"/api/platform/users/{adminId}",
            new { displayName = "系统管理员", department = "zzb", jurisdiction = "330106", roles = new[] { "county-leader" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, demote.StatusCode);

        Assert.False(await Sql.Scalar<bool>(host.Database, "SELECT disabled FROM platform.users WHERE id = $1", adminId));
        Assert.Equal(["admin"], await Sql.Column(host.Database, "SELECT role_code FROM platform.user_roles WHERE user_id = $1", adminId));
    }

    [Fact]
    public async Task The_platform_document_lists_sign_in_and_administration_with_the_bearer_scheme()
    {
        var document = await host.Anonymous().GetFromJsonAsync<JsonElement>("/swagger/platform/swagger.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/auth/token", paths);
        Assert.Contains("/api/platform/users/{id}/reset-password", paths);
        Assert.Contains("/api/platform/departments/{code}/modules", paths);
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.Contains(document.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("Bearer", out _));
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, string path, string etag, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd(etag);
        return client.SendAsync(request);
    }

    private Task<long> UserCount() => Sql.Scalar<long>(host.Database, "SELECT count(*) FROM platform.users");
}
