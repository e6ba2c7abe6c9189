using System.Collections.Concurrent;
using Governance.Platform.Abstractions.Calendar;
using Governance.Platform.Abstractions.Time;
using Governance.SharedKernel.Time;
using Microsoft.Extensions.Options;

namespace Governance.Platform.Calendar;

/// <summary>
/// Monday to Friday are working days, except the holidays listed in <c>platform.calendar_days</c>; listed make-up
/// workdays (a worked Saturday or Sunday) are working days too. A year without data counts weekends only, with a
/// warning in the log.
/// </summary>
internal sealed class WorkCalendar(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<CalendarOptions> options, ILogger<WorkCalendar> logger)
    : IWorkCalendar
{
    private readonly PlatformDataCache<CalendarSnapshot> _data =
        new(scopes, clock, options.Value.RefreshInterval, CalendarSnapshot.Load);

    private readonly ConcurrentDictionary<int, bool> _warnedYears = new();

    public bool IsWorkingDay(DateOnly date)
    {
        var data = _data.Get();
        if (data.Kinds.TryGetValue(date, out var kind))
        {
            return kind == CalendarDayKind.Workday.Code;
        }

        if (!data.KnownYears.Contains(date.Year) && _warnedYears.TryAdd(date.Year, true))
        {
            logger.LogWarning(
                "The work calendar has no holidays for {Year}: counting Monday to Friday as working days. " +
                "Add the year with PUT /api/platform/calendar/<year> once its holidays are announced.", date.Year);
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var step = Math.Sign(workingDays);
        var date = start;
        for (var left = Math.Abs(workingDays); left > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>Drops the cached calendar, after an administrator changed it.</summary>
    public void Refresh() => _data.Invalidate();
}
