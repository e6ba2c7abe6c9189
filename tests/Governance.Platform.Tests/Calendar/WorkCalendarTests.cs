using System.Net.Http.Json;
using System.Text.Json;
using Governance.Platform.Abstractions.Time;
using Governance.SharedKernel.Time;
using Governance.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Platform.Tests.Calendar;

/// <summary>The work calendar over the seeded holiday data (国庆 2024: Oct 1–7 off, Sunday Sep 29 and Saturday Oct 12 worked).</summary>
public sealed class WorkCalendarTests(SenderHostFixture fixture) : IClassFixture<SenderHostFixture>
{
    private IWorkCalendar Calendar => fixture.Host.App.Services.GetRequiredService<IWorkCalendar>();

    [Theory]
    [InlineData("2024-09-29", true)] // Sunday, make-up workday
    [InlineData("2024-10-12", true)] // Saturday, make-up workday
    [InlineData("2024-09-28", false)] // an ordinary Saturday
    [InlineData("2024-10-01", false)]
    [InlineData("2024-10-04", false)] // a Friday inside the holiday
    [InlineData("2024-10-07", false)]
    [InlineData("2024-10-08", true)]
    [InlineData("2025-01-28", false)] // 春节 2025, a Tuesday
    public void Holidays_and_make_up_workdays_override_the_weekday_rule(string date, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("2024-09-27", 1, "2024-09-29")] // Friday + 1 = the worked Sunday
    [InlineData("2024-09-30", 1, "2024-10-08")] // across the whole holiday
    [InlineData("2024-09-30", 5, "2024-10-12")] // the fifth working day is the worked Saturday
    [InlineData("2024-10-11", 1, "2024-10-12")]
    [InlineData("2024-10-12", 1, "2024-10-14")] // Sunday Oct 13 is off again
    [InlineData("2024-10-08", -1, "2024-09-30")] // backwards across the holiday
    [InlineData("2024-10-08", 0, "2024-10-08")]
    public void Adding_working_days_honours_the_calendar(string start, int days, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddWorkingDays(DateOnly.Parse(start), days));
    }

    [Fact]
    public void A_year_without_data_counts_weekends_only()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2035, 10, 1)));
        Assert.Equal(new DateOnly(2035, 1, 8), Calendar.AddWorkingDays(new DateOnly(2035, 1, 5), 1));
    }

    [Fact]
    public async Task The_seeded_years_are_listed_with_their_source_and_days()
    {
        var year = await fixture.Host.ClientAs(TestUsers.User("3301")).GetFromJsonAsync<JsonElement>("/api/platform/calendar/2024");

        Assert.True(year.GetProperty("known").GetBoolean());
        Assert.Equal("seed", year.GetProperty("source").GetString());
        var days = year.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(36, days.Count);
        var makeUp = days.Single(d => d.GetProperty("date").GetString() == "2024-09-29");
        Assert.Equal("workday", makeUp.GetProperty("kind").GetString());
        Assert.Equal("调休上班日", makeUp.GetProperty("kindLabel").GetString());
        Assert.Equal("国庆节补班", makeUp.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Seeding_again_on_restart_adds_nothing_and_keeps_administrators_changes()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        await using (var first = await TestHost.StartAsync(fixture.PluginsPath, database))
        {
            await Sql.Execute(database, "UPDATE platform.calendar_days SET name = '国庆节（已校对）' WHERE date = '2024-10-01'");
        }

        var days = await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.calendar_days");
        var rules = await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.deadline_rules");
        await using var second = await TestHost.StartAsync(fixture.PluginsPath, database);

        Assert.Equal(253L, days);
        Assert.Equal(days, await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.calendar_days"));
        Assert.Equal(rules, await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.deadline_rules"));
        Assert.Equal("国庆节（已校对）", await Sql.Scalar<string>(database, "SELECT name FROM platform.calendar_days WHERE date = '2024-10-01'"));
        Assert.Equal(7L, await Sql.Scalar<long>(database, "SELECT count(*) FROM platform.calendar_years WHERE source = 'seed'"));
    }
}
