namespace Governance.SharedKernel.Time;

/// <summary>Chinese public holidays and make-up workdays (调休) held as data.</summary>
public interface IWorkCalendar
{
    bool IsWorkingDay(DateOnly date);

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="start"/> (start itself not counted).</summary>
    DateOnly AddWorkingDays(DateOnly start, int workingDays);
}
