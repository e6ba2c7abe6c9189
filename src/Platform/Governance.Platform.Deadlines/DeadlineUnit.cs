namespace Governance.Platform.Deadlines;

/// <summary>What a rule's amount counts. Day and month periods start the day after the start and end at 24:00 China time.</summary>
internal enum DeadlineUnit
{
    /// <summary>日: calendar days; a period ending on a day off ends on the next working day instead.</summary>
    CalendarDays,

    /// <summary>工作日: working days of the work calendar.</summary>
    WorkingDays,

    /// <summary>小时: exact hours from the start instant.</summary>
    Hours,

    /// <summary>个月: calendar months (to the same day of the month, or its last day); moved off days off like days.</summary>
    Months,
}

internal static class DeadlineUnitLabels
{
    public static string Label(this DeadlineUnit unit) => unit switch
    {
        DeadlineUnit.CalendarDays => "日",
        DeadlineUnit.WorkingDays => "个工作日",
        DeadlineUnit.Hours => "小时",
        DeadlineUnit.Months => "个月",
        _ => unit.ToString(),
    };
}
