using Governance.Modules.Mediation.Domain;

namespace Governance.Modules.Mediation.Application.Sweeps;

/// <summary>The sweep period containing a China date: Monday–Sunday, 1st–15th / 16th–end, the month, or the quarter.</summary>
internal static class SweepPeriods
{
    public static (DateOnly Start, DateOnly End) Containing(DateOnly date, SweepFrequency frequency)
    {
        var month = new DateOnly(date.Year, date.Month, 1);
        return frequency switch
        {
            SweepFrequency.Weekly => Week(date),
            SweepFrequency.HalfMonthly => date.Day <= 15 ? (month, month.AddDays(14)) : (month.AddDays(15), month.AddMonths(1).AddDays(-1)),
            SweepFrequency.Monthly => (month, month.AddMonths(1).AddDays(-1)),
            _ => Quarter(date),
        };
    }

    private static (DateOnly, DateOnly) Week(DateOnly date)
    {
        var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        return (monday, monday.AddDays(6));
    }

    private static (DateOnly, DateOnly) Quarter(DateOnly date)
    {
        var start = new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1);
        return (start, start.AddMonths(3).AddDays(-1));
    }
}
