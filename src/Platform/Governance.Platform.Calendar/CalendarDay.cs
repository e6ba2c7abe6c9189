namespace Governance.Platform.Calendar;

/// <summary>A date that departs from the weekday rule: a holiday on a weekday, or a worked Saturday or Sunday.</summary>
internal sealed class CalendarDay
{
    public DateOnly Date { get; init; }

    /// <summary>A <see cref="CalendarDayKind"/> code.</summary>
    public required string Kind { get; init; }

    /// <summary>The holiday it belongs to, e.g. 国庆节 or 国庆节补班.</summary>
    public required string Name { get; init; }
}
