using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Platform.Tests.Accounts;

public sealed class ModuleAccessTests(AccountsHost host) : IClassFixture<AccountsHost>
{
    [Fact]
    public async Task Module_endpoints_need_sign_in()
    {
        var response = await host.Anonymous().PostAsJsonAsync("/api/sender/notes", new { text = "匿名" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0L, await Notes("匿名"));
    }

    [Fact]
    public async Task A_department_without_the_module_gets_403_naming_it_and_nothing_is_written()
    {
        var subject = TestUsers.User("330106", "xfj", "sender.notes.write");
        var clerk = host.Application.ClientAs(subject);

        var response = await clerk.PostAsJsonAsync("/api/sender/notes", new { text = "信访局写的" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await Problems.Read(response);
        Assert.Contains("本部门未开通「测试发送模块」模块 (Sender)", problem.Detail());
        Assert.Equal("Sender", problem.GetProperty("module").GetString());
        Assert.Equal("xfj", problem.GetProperty("department").GetString());
        Assert.Equal(0L, await Notes("信访局写的"));
        Assert.Equal(["POST /api/sender/notes|Sender|denied|本部门未开通「测试发送模块」模块 (Sender)。请系统管理员在部门模块开通中为部门 xfj 开通。"],
            await Sql.Column(host.Database,
                "SELECT operation || '|' || module || '|' || outcome || '|' || detail FROM platform.audit_log WHERE user_id = $1",
                subject.UserId));
    }

    [Fact]
    public async Task A_caller_without_a_department_gets_403()
    {
        var response = await host.Application.ClientAs(TestUsers.WithoutDepartment("330106")).GetAsync($"/api/sender/notes/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("不属于任何部门", (await Problems.Read(response)).Detail());
    }

    [Fact]
    public async Task Switching_a_module_on_and_off_takes_effect_at_once()
    {
        var officer = host.Application.ClientAs(TestUsers.User("330106001", "pcs"));
        var admin = await host.AdminAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/sender/notes", new { text = "开通前" })).StatusCode);

        var on = await admin.PutAsJsonAsync("/api/platform/departments/pcs/modules", new { enabled = new[] { "Sender" } });
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        var sender = (await on.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(m => m.GetProperty("moduleId").GetString() == "Sender");
        Assert.True(sender.GetProperty("enabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/sender/notes", new { text = "开通后" })).StatusCode);

        var off = await admin.PutAsJsonAsync("/api/platform/departments/pcs/modules", new { enabled = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/sender/notes", new { text = "关闭后" })).StatusCode);
        Assert.Equal(1L, await Notes("开通后"));
        Assert.Equal(0L, await Notes("关闭后"));
    }

    [Fact]
    public async Task Switching_on_a_module_that_is_not_loaded_is_400_and_changes_nothing()
    {
        var admin = await host.AdminAsync();

        var response = await admin.PutAsJsonAsync("/api/platform/departments/yjj/modules", new { enabled = new[] { "Sender", "Teleport" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Teleport", (await Problems.Read(response)).Errors("enabled").Single());
        Assert.Equal(0L, await Sql.Scalar<long>(host.Database,
            "SELECT count(*) FROM platform.department_modules WHERE department_code = 'yjj' AND module_id = 'Sender'"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/platform/departments/nowhere/modules")).StatusCode);
    }

    [Fact]
    public async Task Seeded_departments_have_the_modules_that_fit_them_switched_on()
    {
        var admin = await host.AdminAsync();

        var switches = await Sql.Column(host.Database,
            "SELECT module_id FROM platform.department_modules WHERE department_code = 'xfj' AND enabled ORDER BY 1");

        Assert.Equal(["Mediation", "Petitions"], switches);
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/platform/departments/xfj/modules");
        Assert.False(listed.EnumerateArray().Single(m => m.GetProperty("moduleId").GetString() == "Sender").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task A_required_module_is_open_to_every_signed_in_department()
    {
        using var plugins = TestPluginsFolder.With("Sender");
        plugins.EditManifest("Sender", manifest => manifest["required"] = true);
        await using var required = await TestHost.StartAsync(plugins.Path, await PostgresServer.CreateDatabaseAsync());

        var clerk = required.ClientAs(TestUsers.User("330106", "wjj"));
        var created = await clerk.PostAsJsonAsync("/api/sender/notes", new { text = "必需模块" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await required.Client().PostAsJsonAsync("/api/sender/notes", new { text = "匿名" })).StatusCode);
        var listed = await required.ClientAs(TestUsers.Administrator()).GetFromJsonAsync<JsonElement>("/api/platform/departments/wjj/modules");
        var sender = listed.EnumerateArray().Single(m => m.GetProperty("moduleId").GetString() == "Sender");
        Assert.True(sender.GetProperty("enabled").GetBoolean());
        Assert.True(sender.GetProperty("required").GetBoolean());
    }

    private Task<long> Notes(string text) => Sql.Scalar<long>(host.Database, "SELECT count(*) FROM sender.notes WHERE text = $1", text);
}
