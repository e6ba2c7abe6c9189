using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Host;
using Governance.SharedKernel.Security;
using Governance.Testing;

namespace Governance.Platform.Tests.Auditing;

/// <summary><c>GET /api/platform/audit</c>: filters combine, pages are bounded and newest first, and only auditors may read.</summary>
public sealed class AuditQueryTests(SenderHostFixture fixture) : IClassFixture<SenderHostFixture>
{
    private GovernanceApplication Host => fixture.Host;

    [Fact]
    public async Task Filters_by_user_module_operation_and_outcome_combine()
    {
        var alice = Host.ClientAs(TestUsers.User("110101"));
        var bob = Host.ClientAs(TestUsers.User("110102"));
        await AuditApi.CreateNote(alice, "甲的便签");
        await AuditApi.CreateNote(alice, "甲的第二条");
        await AuditApi.CreateNote(bob, "乙的便签");
        await bob.PostAsJsonAsync("/api/sender/notes", new { text = "" });

        var byAlice = await AuditApi.Query(Host, "user=tester-110101");
        Assert.Equal(2, byAlice.GetProperty("total").GetInt32());
        Assert.All(AuditApi.Items(byAlice), row => Assert.Equal(TestUsers.TestDepartment, row.GetProperty("department").GetString()));
        var bobsFailures = await AuditApi.Query(Host, "user=tester-110102&module=Sender&operation=CreateNote&outcome=failure");
        Assert.Equal("failure", Assert.Single(AuditApi.Items(bobsFailures)).GetProperty("outcome").GetString());
        Assert.Equal(0, (await AuditApi.Query(Host, "user=tester-110102&module=Registry")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Filters_by_user_id_and_by_time()
    {
        var carol = TestUsers.User("110103");
        var client = Host.ClientAs(carol);
        for (var i = 0; i < 3; i++)
        {
            await AuditApi.CreateNote(client, $"丙的便签 {i}");
        }

        var rows = AuditApi.Items(await AuditApi.Query(Host, $"user={carol.UserId}")).ToList();
        Assert.Equal(3, rows.Count);
        var middle = rows[1].GetProperty("occurredAt").GetDateTimeOffset();

        var fromMiddle = await AuditApi.Query(Host, $"user={carol.UserId}&from={Uri.EscapeDataString(middle.ToString("O"))}");
        var beforeMiddle = await AuditApi.Query(Host, $"user={carol.UserId}&to={Uri.EscapeDataString(middle.ToString("O"))}");

        Assert.Equal(2, fromMiddle.GetProperty("total").GetInt32());
        Assert.Equal(1, beforeMiddle.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Pages_are_newest_first_and_bounded()
    {
        var client = Host.ClientAs(TestUsers.User("110104"));
        for (var i = 0; i < 5; i++)
        {
            await AuditApi.CreateNote(client, $"分页 {i}");
        }

        var first = await AuditApi.Query(Host, "user=tester-110104&pageSize=2");
        var third = await AuditApi.Query(Host, "user=tester-110104&pageSize=2&page=3");

        Assert.Equal(5, first.GetProperty("total").GetInt32());
        var ids = AuditApi.Items(first).Select(r => r.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.Equal(2, ids.Count);
        var last = Assert.Single(AuditApi.Items(third)).GetProperty("id").GetInt64();
        Assert.True(last < ids[^1]);
    }

    [Theory]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("outcome=maybe", "outcome")]
    [InlineData("from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    public async Task Bad_filters_are_400_naming_the_parameter(string query, string field)
    {
        var response = await AuditApi.Auditor(Host).GetAsync($"/api/platform/audit?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("/api/platform/audit")]
    [InlineData("/api/platform/audit/verify")]
    public async Task Only_callers_with_the_audit_permission_may_read(string path)
    {
        var clerk = Host.ClientAs(TestUsers.User("110105", "xfj", PlatformPermissions.Administer));

        var forbidden = await clerk.GetAsync(path);
        var anonymous = await Host.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains(PlatformPermissions.ReadAudit, (await forbidden.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
