using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Governance.Host;
using Governance.Platform.Abstractions.Time;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using Governance.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Platform.Tests.Calendar;

/// <summary>Administrators add a year (JSON or CSV) without a release; bad data is refused row by row and nothing is written.</summary>
public sealed class CalendarAdminTests(SenderHostFixture fixture) : IClassFixture<SenderHostFixture>
{
    private static readonly object[] NationalDay2027 =
    [
        new { date = "2027-09-26", kind = "workday", name = "国庆节补班" },
        .. Enumerable.Range(1, 7).Select(day => new { date = $"2027-10-0{day}", kind = "holiday", name = "国庆节" }),
        new { date = "2027-10-09", kind = "workday", name = "国庆节补班" },
    ];

    private GovernanceApplication Host => fixture.Host;

    private HttpClient Admin => Host.ClientAs(TestUsers.User("33", "sfj", PlatformPermissions.Administer));

    [Fact]
    public async Task A_year_added_by_the_administrator_is_honoured_by_deadlines_at_once()
    {
        var deadlines = Host.App.Services.GetRequiredService<IDeadlinePolicy>();
        var start = new DateTimeOffset(2027, 9, 30, 10, 0, 0, ChinaTime.Offset);
        var unknown = await Admin.GetFromJsonAsync<JsonElement>("/api/platform/calendar/2027");
        var weekendsOnly = await deadlines.DueAsync(new DeadlineRequest("petitions.acceptance-notice", start, "33"), CancellationToken.None);

        var response = await Admin.PutAsJsonAsync("/api/platform/calendar/2027", NationalDay2027);
        var withHolidays = await deadlines.DueAsync(new DeadlineRequest("petitions.acceptance-notice", start, "33"), CancellationToken.None);

        Assert.False(unknown.GetProperty("known").GetBoolean());
        Assert.Contains("没有 2027 年", unknown.GetProperty("warning").GetString());
        Assert.Equal(new DateTimeOffset(2027, 10, 8, 0, 0, 0, ChinaTime.Offset), weekendsOnly.Due);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var year = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("api", year.GetProperty("source").GetString());
        Assert.Equal("tester-33", year.GetProperty("updatedBy").GetString());
        Assert.Equal(9, year.GetProperty("days").GetArrayLength());
        // Oct 8 (Fri), Oct 9 (worked Saturday), Oct 11, 12, 13 → ends at 24:00 on Oct 13.
        Assert.Equal(new DateTimeOffset(2027, 10, 14, 0, 0, 0, ChinaTime.Offset), withHolidays.Due);
    }

    [Fact]
    public async Task A_csv_file_replaces_a_year()
    {
        var csv = "\uFEFFdate,kind,name\n2028-01-01,holiday,元旦\n\n2028-01-29,workday,春节补班\n2028-02-01,holiday,春节\n";

        var response = await Admin.PostAsync("/api/platform/calendar/2028/file", CsvFile(csv));
        var replaced = await Admin.PostAsync("/api/platform/calendar/2028/file", CsvFile("date,kind,name\n2028-01-03,holiday,元旦\n"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("days").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var year = await Admin.GetFromJsonAsync<JsonElement>("/api/platform/calendar/2028");
        Assert.Equal("file", year.GetProperty("source").GetString());
        Assert.Equal("2028-01-03", Assert.Single(year.GetProperty("days").EnumerateArray()).GetProperty("date").GetString());
        Assert.False(Host.App.Services.GetRequiredService<IWorkCalendar>().IsWorkingDay(new DateOnly(2028, 1, 3)));
    }

    [Fact]
    public async Task A_bad_csv_is_400_with_an_error_per_line_and_writes_nothing()
    {
        const string csv = """
            date,kind,name
            2029-01-01,holiday,元旦
            2029-13-01,holiday,坏日期
            2028-12-31,holiday,上一年
            2029-01-01,holiday,重复
            2029-02-14,festival,情人节
            2029-03-07,workday,周三补班
            2029-05-01,holiday
            """;

        var response = await Admin.PostAsync("/api/platform/calendar/2029/file", CsvFile(csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            ["lines[3].date", "lines[4].date", "lines[5].date", "lines[6].kind", "lines[7].kind", "lines[8].name"],
            errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("2029-13-01", errors.GetProperty("lines[3].date")[0].GetString());
        Assert.Contains("不在 2029 年内", errors.GetProperty("lines[4].date")[0].GetString());
        Assert.Contains("lines[2]", errors.GetProperty("lines[5].date")[0].GetString());
        Assert.Contains("周六或周日", errors.GetProperty("lines[7].kind")[0].GetString());
        Assert.Equal(0L, await Sql.Scalar<long>(fixture.Database,
            "SELECT count(*) FROM platform.calendar_days WHERE date BETWEEN '2029-01-01' AND '2029-12-31'"));
        Assert.False((await Admin.GetFromJsonAsync<JsonElement>("/api/platform/calendar/2029")).GetProperty("known").GetBoolean());
    }

    [Fact]
    public async Task A_file_without_the_header_is_refused_at_line_1()
    {
        var response = await Admin.PostAsync("/api/platform/calendar/2029/file", CsvFile("2029-01-01,holiday,元旦\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("date,kind,name", errors.GetProperty("lines[1]")[0].GetString());
    }

    [Fact]
    public async Task A_bad_json_list_names_the_entry_and_field()
    {
        var response = await Admin.PutAsJsonAsync("/api/platform/calendar/2030",
            new[] { new { date = "2030-01-01", kind = "holiday", name = "元旦" }, new { date = "2030-01-02", kind = "day-off", name = "" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["days[1].kind", "days[1].name"], errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task Only_administrators_change_the_calendar_and_only_signed_in_users_read_it()
    {
        var clerk = Host.ClientAs(TestUsers.User("3301", "xfj"));

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PutAsJsonAsync("/api/platform/calendar/2030", NationalDay2027)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync("/api/platform/calendar/2030/file", CsvFile("date,kind,name\n"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/api/platform/calendar/2024")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Client().GetAsync("/api/platform/calendar/2024")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.GetAsync("/api/platform/calendar/1900")).StatusCode);
    }

    private static MultipartFormDataContent CsvFile(string csv)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "calendar.csv" } };
    }
}
