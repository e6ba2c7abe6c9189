using System.Globalization;

namespace Governance.SharedKernel.Time;

/// <summary>
/// Dates of the work calendar and of deadlines are China local dates: an instant belongs to the date it has at
/// UTC+8 (Asia/Shanghai, which has kept that offset without daylight saving since 1991). A day runs from 00:00 to
/// 24:00 China time; a deadline on a date ends at its 24:00, i.e. at 00:00 of the next date.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>An instant as people in China read it, to the minute (<c>2026-10-08 14:30</c>); empty for none.</summary>
    public static string ToText(DateTimeOffset? instant) =>
        instant is { } at ? at.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>24:00 China time of <paramref name="date"/> (= 00:00 of the next day).</summary>
    public static DateTimeOffset EndOf(DateOnly date) => StartOf(date.AddDays(1));
}
