using FluentValidation;
using FluentValidation.Results;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Calendar;

/// <summary>Replaces every holiday and make-up workday of <paramref name="Year"/> with <paramref name="Days"/>.</summary>
/// <param name="Source"><see cref="CalendarYear.ApiSource"/> or <see cref="CalendarYear.FileSource"/>.</param>
internal sealed record ReplaceCalendarYear(int Year, IReadOnlyList<CalendarDayRow> Days, string Source)
    : ICommand<CalendarYearView>, IAuditedCommand
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public string AuditRecordType => "calendar-year";

    public string AuditRecordId => Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed class ReplaceCalendarYearValidator : AbstractValidator<ReplaceCalendarYear>
{
    public ReplaceCalendarYearValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(ReplaceCalendarYear.MinYear, ReplaceCalendarYear.MaxYear)
            .WithMessage($"年份须在 {ReplaceCalendarYear.MinYear} 到 {ReplaceCalendarYear.MaxYear} 之间。");
        RuleFor(c => c.Days.Count).LessThanOrEqualTo(366).OverridePropertyName("days")
            .WithMessage("一年最多 366 天。");
        RuleFor(c => c).Custom((command, context) =>
        {
            foreach (var failure in CheckRows(command.Year, command.Days))
            {
                context.AddFailure(failure);
            }
        });
    }

    private static IEnumerable<ValidationFailure> CheckRows(int year, IReadOnlyList<CalendarDayRow> rows)
    {
        var seen = new Dictionary<DateOnly, string>();
        foreach (var row in rows)
        {
            var date = row.ParsedDate;
            if (date is null)
            {
                yield return new($"{row.Position}.date", $"日期“{row.Date}”无法识别，应为 {CalendarDayRow.DateFormat}。");
            }
            else if (date.Value.Year != year)
            {
                yield return new($"{row.Position}.date", $"日期 {row.Date} 不在 {year} 年内。");
            }
            else if (!seen.TryAdd(date.Value, row.Position))
            {
                yield return new($"{row.Position}.date", $"日期 {row.Date} 重复，{seen[date.Value]} 已列出。");
            }

            var kind = CalendarDayKind.Find(row.Kind?.Trim());
            if (kind is null)
            {
                yield return new($"{row.Position}.kind",
                    $"类型“{row.Kind}”无效，应为 {string.Join(" 或 ", CalendarDayKind.All.Select(k => $"{k.Code}（{k.Label}）"))}。");
            }
            else if (kind == CalendarDayKind.Workday && date is { DayOfWeek: not (DayOfWeek.Saturday or DayOfWeek.Sunday) })
            {
                yield return new($"{row.Position}.kind", $"调休上班日应为周六或周日，{row.Date} 不是。");
            }

            if (string.IsNullOrWhiteSpace(row.Name))
            {
                yield return new($"{row.Position}.name", "缺少名称，例如“国庆节”或“国庆节补班”。");
            }
            else if (row.Name.Trim().Length > CalendarDayConfiguration.NameLength)
            {
                yield return new($"{row.Position}.name", $"名称不能超过 {CalendarDayConfiguration.NameLength} 个字符。");
            }
        }
    }
}

internal sealed class ReplaceCalendarYearHandler(PlatformDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ReplaceCalendarYear, CalendarYearView>
{
    public async Task<CalendarYearView> Handle(ReplaceCalendarYear request, CancellationToken cancellationToken)
    {
        var (first, last) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        await db.Set<CalendarDay>().Where(d => d.Date >= first && d.Date <= last).ExecuteDeleteAsync(cancellationToken);
        var days = request.Days.Select(row => row.ToDay()).ToList();
        db.AddRange(days);

        var entry = await db.Set<CalendarYear>().FindAsync([request.Year], cancellationToken);
        if (entry is null)
        {
            entry = new CalendarYear { Year = request.Year, Source = request.Source };
            db.Add(entry);
        }

        entry.Source = request.Source;
        entry.UpdatedAt = clock.GetUtcNow();
        entry.UpdatedBy = user.UserName;
        return CalendarYearView.Of(request.Year, entry, days);
    }
}
