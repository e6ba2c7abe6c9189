using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Host;
using Governance.Platform.Accounts.Security;
using Governance.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Governance.Platform.Tests.WorkItems;

/// <summary>Modules publish work-item events; the host keeps the to-do lists from them.</summary>
public sealed class WorkItemTests : IAsyncLifetime
{
    private const string Reader = "sender.notes.read";
    private readonly TestPluginsFolder _plugins = TestPluginsFolder.With("Sender");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private GovernanceApplication _host = null!;

    public async Task InitializeAsync() =>
        _host = await TestHost.StartAsync(_plugins.Path, await PostgresServer.CreateDatabaseAsync(),
            services: s => s.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _plugins.Dispose();
    }

    [Fact]
    public async Task Items_appear_for_the_assignee_the_department_and_the_jurisdiction_but_not_elsewhere()
    {
        var worker = TestUsers.User("330106001001", null, Reader);
        await Note("西溪街道网格事项", "330106001001003", worker.UserId, dueInDays: 5);
        await Note("另一个乡镇的事项", "330106002001001", null, dueInDays: 5);

        var mine = await WaitForItems(worker, "view=mine", 1);
        Assert.Equal("西溪街道网格事项", mine.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal("Sender", mine.GetProperty("items")[0].GetProperty("module").GetString());
        Assert.Equal(2, (await WaitForItems(TestUsers.User("330106", "test", Reader), "view=department", 2)).GetProperty("total").GetInt32());
        Assert.Equal(1, (await Items(TestUsers.User("330106002", null, Reader), "view=jurisdiction")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await Items(TestUsers.User("370114", null, Reader), "view=jurisdiction")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Due_soon_overdue_and_closed_follow_the_clock_and_the_latest_change()
    {
        var leader = TestUsers.User("330106", null, Reader);
        var id = await Note("三天后到期", "330106001", null, dueInDays: 3);
        await WaitForItems(leader, "view=jurisdiction", 1);
        Assert.Equal(0, (await Items(leader, "view=jurisdiction&state=dueSoon")).GetProperty("total").GetInt32());

        _clock.Advance(TimeSpan.FromDays(2.5));
        var dueSoon = await Items(leader, "view=jurisdiction&state=dueSoon");
        Assert.Equal("即将到期", dueSoon.GetProperty("items")[0].GetProperty("deadline").GetString());

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, (await Items(leader, "view=jurisdiction&state=overdue")).GetProperty("total").GetInt32());
        var summary = await _host.ClientAs(leader).GetFromJsonAsync<JsonElement>("/api/work-items/summary");
        Assert.Equal(1, summary[0].GetProperty("overdue").GetInt32());

        var close = await _host.ClientAs(leader).PostAsync($"/api/sender/notes/{id}/close", null);
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        var closed = await WaitForItems(leader, "view=jurisdiction&state=closed", 1);
        Assert.Equal("已办结", closed.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.Equal(0, (await Items(leader, "view=jurisdiction&state=overdue")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Items_stay_hidden_without_the_modules_read_permission_or_with_the_module_switched_off()
    {
        var reader = TestUsers.User("330106", null, Reader);
        await Note("某街道的群众诉求", "330106001001003", null, dueInDays: 5);
        await WaitForItems(reader, "view=jurisdiction", 1);

        var regionsOnly = TestUsers.User("330106", null, "registry.regions.read");
        var switchedOff = TestUsers.User("330106", "mzj", Reader);
        foreach (var user in new[] { regionsOnly, switchedOff })
        {
            Assert.Equal(0, (await Items(user, "view=jurisdiction")).GetProperty("total").GetInt32());
            Assert.Equal(0, (await Items(user, "view=department")).GetProperty("total").GetInt32());
            Assert.Equal(0, (await _host.ClientAs(user).GetFromJsonAsync<JsonElement>("/api/work-items/summary")).GetArrayLength());
        }
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_bad_paging_gets_400()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Client().GetAsync("/api/work-items")).StatusCode);
        var response = await _host.ClientAs(TestUsers.User("330106")).GetAsync("/api/work-items?pageSize=100000");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<Guid> Note(string text, string scopeCode, Guid? assignee, int dueInDays)
    {
        var response = await _host.ClientAs(TestUsers.User("330106"))
            .PostAsJsonAsync("/api/sender/notes", new { text, scopeCode, assignee, dueInDays });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> Items(TokenSubject user, string query) =>
        await _host.ClientAs(user).GetFromJsonAsync<JsonElement>($"/api/work-items?{query}");

    private Task<JsonElement> WaitForItems(TokenSubject user, string query, int count) =>
        Eventually.Get(() => Items(user, query), page => page.GetProperty("total").GetInt32() == count, what: $"{count} work items for {query}");
}
