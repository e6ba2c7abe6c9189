using System.Text;
using FluentValidation;
using FluentValidation.Results;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Calendar;

/// <summary>
/// <c>GET /api/platform/calendar/{year}</c> for every signed-in user; <c>PUT …/{year}</c> (JSON list) and
/// <c>POST …/{year}/file</c> (CSV upload) replace a year, for administrators.
/// </summary>
internal static class CalendarEndpoints
{
    public const int MaxFileBytes = 256 * 1024;

    /// <summary>One date in the JSON list: <c>{"date":"2027-10-01","kind":"holiday","name":"国庆节"}</c>.</summary>
    public sealed record CalendarDayInput(string? Date, string? Kind, string? Name);

    public static void MapCalendarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/platform/calendar")
            .WithGroupName(PlatformNames.Document)
            .WithTags("工作日历 Work calendar");
        group.MapGet("{year:int}", GetAsync).RequireAuthorization()
            .WithSummary("某年的节假日与调休 Holidays and make-up workdays of a year");
        group.MapPut("{year:int}", ReplaceAsync).RequirePermission(PlatformPermissions.Administer)
            .WithSummary("替换某年的节假日与调休 Replace a year's holidays and make-up workdays (JSON list)");
        group.MapPost("{year:int}/file", UploadAsync).RequirePermission(PlatformPermissions.Administer).DisableAntiforgery()
            .WithSummary("上传某年的节假日 CSV Replace a year from a CSV file (date,kind,name)");
    }

    private static async Task<CalendarYearView> GetAsync(int year, PlatformDbContext db, CancellationToken cancellationToken)
    {
        if (year is < ReplaceCalendarYear.MinYear or > ReplaceCalendarYear.MaxYear)
        {
            throw new ValidationException([new ValidationFailure("year",
                $"年份须在 {ReplaceCalendarYear.MinYear} 到 {ReplaceCalendarYear.MaxYear} 之间。")]);
        }

        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var entry = await db.Set<CalendarYear>().AsNoTracking().FirstOrDefaultAsync(y => y.Year == year, cancellationToken);
        var days = await db.Set<CalendarDay>().AsNoTracking().Where(d => d.Date >= first && d.Date <= last).ToListAsync(cancellationToken);
        return CalendarYearView.Of(year, entry, days);
    }

    private static Task<CalendarYearView> ReplaceAsync(
        int year, [FromBody] CalendarDayInput[] days, IMediator mediator, WorkCalendar calendar, CancellationToken cancellationToken) =>
        SendAsync(
            new ReplaceCalendarYear(year, days.Select((d, i) => new CalendarDayRow($"days[{i}]", d.Date, d.Kind, d.Name)).ToList(),
                CalendarYear.ApiSource),
            mediator, calendar, cancellationToken);

    private static async Task<CalendarYearView> UploadAsync(
        int year, IFormFile file, IMediator mediator, WorkCalendar calendar, CancellationToken cancellationToken)
    {
        if (file.Length > MaxFileBytes)
        {
            throw new ValidationException([new ValidationFailure("file", $"文件过大：{file.Length} 字节，上限 {MaxFileBytes} 字节。")]);
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        return await SendAsync(new ReplaceCalendarYear(year, CalendarCsv.Read(reader), CalendarYear.FileSource),
            mediator, calendar, cancellationToken);
    }

    private static async Task<CalendarYearView> SendAsync(
        ReplaceCalendarYear command, IMediator mediator, WorkCalendar calendar, CancellationToken cancellationToken)
    {
        var view = await mediator.Send(command, cancellationToken);
        calendar.Refresh();
        return view;
    }
}
