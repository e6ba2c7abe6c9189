using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Host;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using Governance.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Governance.Platform.Tests.Deadlines;

/// <summary>Deadlines come from rules held as data, over the work calendar, in China local dates.</summary>
public sealed class DeadlinePolicyTests(SenderHostFixture fixture) : IClassFixture<SenderHostFixture>
{
    private static readonly TimeSpan China = ChinaTime.Offset;

    private GovernanceApplication Host => fixture.Host;

    private HttpClient Clerk => Host.ClientAs(TestUsers.User("3301", "xfj"));

    [Fact]
    public async Task The_acceptance_notice_is_15_days_nationally_and_5_working_days_in_Zhejiang()
    {
        const string friday = "2024-09-20T10:00:00+08:00";

        var national = await DeadlineApi.Due(Clerk, "petitions.acceptance-notice", friday);
        var beijing = await DeadlineApi.Due(Clerk, "petitions.acceptance-notice", friday, province: "11");
        var zhejiang = await DeadlineApi.Due(Clerk, "petitions.acceptance-notice", friday, province: "33");

        // 15 days end on Saturday Oct 5, inside 国庆: the period ends on the next working day, Oct 8 (民法典 第二百零三条).
        Assert.Equal(new DateTimeOffset(2024, 10, 9, 0, 0, 0, China), national.Instant("due"));
        Assert.Equal("petitions.acceptance-notice", national.GetProperty("appliedRule").GetString());
        Assert.Equal(national.Instant("due"), beijing.Instant("due"));
        // Sep 23–27, five working days.
        Assert.Equal(new DateTimeOffset(2024, 9, 28, 0, 0, 0, China), zhejiang.Instant("due"));
        Assert.Equal("petitions.acceptance-notice@33", zhejiang.GetProperty("appliedRule").GetString());
        Assert.Equal(new DateTimeOffset(2024, 9, 27, 0, 0, 0, China), zhejiang.Instant("warnFrom"));
    }

    [Fact]
    public async Task Instants_map_to_China_dates_before_days_are_counted()
    {
        // 17:00 UTC on Sep 29 is already 01:00 on Sep 30 in China: Oct 8, 9, 10, 11 and the worked Saturday Oct 12.
        var due = await DeadlineApi.Due(Clerk, "petitions.acceptance-notice", "2024-09-29T17:00:00Z", province: "33");

        Assert.Equal(new DateTimeOffset(2024, 10, 13, 0, 0, 0, China), due.Instant("due"));
    }

    [Fact]
    public async Task Calendar_days_end_at_24_00_of_the_last_day_and_hours_run_from_the_instant()
    {
        var review = await DeadlineApi.Due(Clerk, "legal-aid.review", "2024-03-04T15:30:00+08:00");
        var forwarding = await DeadlineApi.Due(Clerk, "legal-aid.detainee-forwarding", "2024-10-01T10:00:00+08:00");

        Assert.Equal(new DateTimeOffset(2024, 3, 12, 0, 0, 0, China), review.Instant("due"));
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 0, 0, 0, China), review.Instant("warnFrom"));
        Assert.Equal(new DateTimeOffset(2024, 10, 2, 10, 0, 0, China), forwarding.Instant("due"));
        Assert.Equal(new DateTimeOffset(2024, 10, 2, 4, 0, 0, China), forwarding.Instant("warnFrom"));
    }

    [Fact]
    public async Task The_state_turns_yellow_then_red_as_the_clock_moves()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var host = await TestHost.StartAsync(fixture.PluginsPath, database,
            services: services => services.AddSingleton<TimeProvider>(clock));
        var user = TestUsers.User("3301");
        var clerk = host.ClientAs(user);
        var start = clock.GetUtcNow();
        async Task<string?> StateAt(DateTimeOffset now)
        {
            clock.SetUtcNow(now);
            var freshToken = host.ClientAs(user); // tokens are checked on the platform clock, which just moved days ahead
            return (await DeadlineApi.Due(freshToken, "legal-aid.review", start.ToString("O"))).GetProperty("state").GetString();
        }

        var deadline = await DeadlineApi.Due(clerk, "legal-aid.review", start.ToString("O"));
        var (warnFrom, due) = (deadline.Instant("warnFrom"), deadline.Instant("due"));

        Assert.Equal("Normal", deadline.GetProperty("state").GetString());
        Assert.Equal("正常", deadline.GetProperty("stateLabel").GetString());
        Assert.Equal("Normal", await StateAt(warnFrom.AddSeconds(-1)));
        Assert.Equal("Warning", await StateAt(warnFrom));
        Assert.Equal("Warning", await StateAt(due));
        Assert.Equal("Overdue", await StateAt(due.AddSeconds(1)));
    }

    [Fact]
    public async Task A_rule_changed_by_the_administrator_applies_at_once_and_the_most_specific_variant_wins()
    {
        var admin = Host.ClientAs(TestUsers.User("33", "xfj", PlatformPermissions.Administer));
        const string start = "2024-03-04T09:00:00+08:00";

        var national = await admin.PutAsJsonAsync("/api/platform/deadline-rules/petitions.handling",
            new { amount = 45, unit = "CalendarDays", warnBefore = 7, description = "信访事项办结（本地从严）", legalBasis = "县委信访联席会议决定" });
        var county = await admin.PutAsJsonAsync("/api/platform/deadline-rules/petitions.handling",
            new { province = "33", level = "county", amount = 20, unit = "WorkingDays", warnBefore = 3, description = "县级信访事项办结" });

        Assert.Equal(HttpStatusCode.OK, national.StatusCode);
        Assert.Equal(HttpStatusCode.OK, county.StatusCode);
        // Mar 4 + 45 days = Apr 18 (Thursday).
        Assert.Equal(new DateTimeOffset(2024, 4, 19, 0, 0, 0, China), (await DeadlineApi.Due(Clerk, "petitions.handling", start)).Instant("due"));
        // Mar 4 + 30 days = Apr 3 (Wednesday), the Zhejiang province rule.
        Assert.Equal(new DateTimeOffset(2024, 4, 4, 0, 0, 0, China),
            (await DeadlineApi.Due(Clerk, "petitions.handling", start, province: "33")).Instant("due"));
        var countyDue = await DeadlineApi.Due(Clerk, "petitions.handling", start, province: "33", level: "county");
        Assert.Equal("petitions.handling@33/county", countyDue.GetProperty("appliedRule").GetString());
        // 20 working days from Mar 4: Mar 5 … Apr 1 (清明 Apr 4–6 not reached).
        Assert.Equal(new DateTimeOffset(2024, 4, 2, 0, 0, 0, China), countyDue.Instant("due"));

        var removed = await admin.DeleteAsync("/api/platform/deadline-rules/petitions.handling?province=33&level=county");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal("petitions.handling@33",
            (await DeadlineApi.Due(Clerk, "petitions.handling", start, province: "33", level: "county")).GetProperty("appliedRule").GetString());
        var audited = await Sql.Column(fixture.Database,
            "SELECT operation || ' ' || record_id FROM platform.audit_log WHERE record_type = 'deadline-rule' AND outcome = 'success'");
        Assert.Contains("SaveDeadlineRule petitions.handling", audited);
        Assert.Contains("SaveDeadlineRule petitions.handling@33/county", audited);
        Assert.Contains("RemoveDeadlineRule petitions.handling@33/county", audited);
    }

    [Fact]
    public async Task The_base_rule_cannot_be_removed_and_unknown_rules_are_404()
    {
        var admin = Host.ClientAs(TestUsers.User("33", "xfj", PlatformPermissions.Administer));

        var removeBase = await admin.DeleteAsync("/api/platform/deadline-rules/mediation.people");
        var unknownVariant = await admin.DeleteAsync("/api/platform/deadline-rules/mediation.people?province=44");
        var unknownRule = await Clerk.GetAsync("/api/platform/deadline-rules/petitions.nothing/due");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, removeBase.StatusCode);
        Assert.Contains("基础规则", (await removeBase.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknownVariant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownRule.StatusCode);
        Assert.Contains("petitions.nothing", (await unknownRule.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_invalid_rule_is_400_naming_each_field()
    {
        var admin = Host.ClientAs(TestUsers.User("33", "xfj", PlatformPermissions.Administer));

        var response = await admin.PutAsJsonAsync("/api/platform/deadline-rules/Petitions",
            new { province = "3", amount = 0, warnBefore = 5, description = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["amount", "code", "description", "province", "unit", "warnBefore"], errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task Rules_are_listed_paged_by_code_national_first_for_administrators_only()
    {
        var admin = Host.ClientAs(TestUsers.User("33", "xfj", PlatformPermissions.Administer));

        var zhejiang = await admin.GetFromJsonAsync<JsonElement>("/api/platform/deadline-rules?code=petitions&province=33");
        var firstPage = await admin.GetFromJsonAsync<JsonElement>("/api/platform/deadline-rules?code=petitions.registration&pageSize=1");
        var forbidden = await Clerk.GetAsync("/api/platform/deadline-rules");

        Assert.Equal(7, zhejiang.GetProperty("total").GetInt32());
        Assert.All(zhejiang.GetProperty("items").EnumerateArray(), r => Assert.Equal("33", r.GetProperty("province").GetString()));
        Assert.Equal(2, firstPage.GetProperty("total").GetInt32());
        var national = Assert.Single(firstPage.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, national.GetProperty("province").ValueKind);
        Assert.Equal("CalendarDays", national.GetProperty("unit").GetString());
        Assert.Equal("日", national.GetProperty("unitLabel").GetString());
        Assert.Contains("信访工作条例", national.GetProperty("legalBasis").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
