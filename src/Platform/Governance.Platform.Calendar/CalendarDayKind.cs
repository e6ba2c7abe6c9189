namespace Governance.Platform.Calendar;

/// <summary>What a listed date is: a stable code (stored) and its Chinese label.</summary>
internal sealed record CalendarDayKind(string Code, string Label)
{
    public static readonly CalendarDayKind Holiday = new("holiday", "节假日");

    /// <summary>A make-up workday (调休上班): a Saturday or Sunday that is worked.</summary>
    public static readonly CalendarDayKind Workday = new("workday", "调休上班日");

    public static readonly IReadOnlyList<CalendarDayKind> All = [Holiday, Workday];

    public static CalendarDayKind? Find(string? code) => All.FirstOrDefault(k => k.Code == code);
}
