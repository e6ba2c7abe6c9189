using Governance.Platform.Abstractions.Time;
using Governance.SharedKernel.Time;

namespace Governance.Platform.Deadlines;

/// <summary>
/// Turns a rule and a start instant into a due instant and a warning instant. Days and months are counted on China
/// local dates from the day after the start (民法典 第二百零一条) and end at 24:00 of the last day (第二百零三条); a
/// calendar-day or month period whose last day is a day off ends on the next working day (第二百零三条). Hours run
/// from the start instant itself.
/// </summary>
internal static class DeadlineCalculator
{
    public static Deadline Compute(DeadlineRule rule, DateTimeOffset start, IWorkCalendar calendar)
    {
        if (rule.Unit == DeadlineUnit.Hours)
        {
            var dueInstant = start.AddHours(rule.Amount);
            return Build(rule.Code, start, dueInstant, dueInstant.AddHours(-rule.WarnBefore));
        }

        var first = ChinaTime.DateOf(start);
        var due = rule.Unit switch
        {
            DeadlineUnit.WorkingDays => calendar.AddWorkingDays(first, rule.Amount),
            DeadlineUnit.Months => OnWorkingDay(first.AddMonths(rule.Amount), calendar),
            _ => OnWorkingDay(first.AddDays(rule.Amount), calendar),
        };
        var lastCalmDay = rule.Unit switch
        {
            DeadlineUnit.WorkingDays => calendar.AddWorkingDays(due, -rule.WarnBefore),
            DeadlineUnit.Months => due.AddMonths(-rule.WarnBefore),
            _ => due.AddDays(-rule.WarnBefore),
        };
        return Build(rule.Code, start, ChinaTime.EndOf(due), ChinaTime.EndOf(lastCalmDay));
    }

    private static DateOnly OnWorkingDay(DateOnly date, IWorkCalendar calendar) =>
        calendar.IsWorkingDay(date) ? date : calendar.AddWorkingDays(date, 1);

    private static Deadline Build(string rule, DateTimeOffset start, DateTimeOffset due, DateTimeOffset warnFrom) =>
        new(rule, due.ToOffset(ChinaTime.Offset), (warnFrom < start ? start : warnFrom).ToOffset(ChinaTime.Offset));
}
