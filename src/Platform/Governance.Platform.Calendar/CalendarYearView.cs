namespace Governance.Platform.Calendar;

/// <summary>A year of the calendar as the API shows it.</summary>
/// <param name="Known">False = no data for the year: only weekends are days off (see <paramref name="Warning"/>).</param>
internal sealed record CalendarYearView(
    int Year, bool Known, string? Source, DateTimeOffset? UpdatedAt, string? UpdatedBy, string? Warning,
    IReadOnlyList<CalendarDayView> Days)
{
    public static CalendarYearView Of(int year, CalendarYear? entry, IEnumerable<CalendarDay> days) => entry is null
        ? new(year, false, null, null, null,
            $"工作日历没有 {year} 年的节假日和调休数据，期限按周一至周五为工作日计算。请在国务院办公厅公布安排后导入该年数据。", [])
        : new(year, true, entry.Source, entry.UpdatedAt, entry.UpdatedBy, null,
            days.OrderBy(d => d.Date).Select(CalendarDayView.Of).ToList());
}

internal sealed record CalendarDayView(DateOnly Date, string Kind, string KindLabel, string Name)
{
    public static CalendarDayView Of(CalendarDay day) =>
        new(day.Date, day.Kind, CalendarDayKind.Find(day.Kind)?.Label ?? day.Kind, day.Name);
}
