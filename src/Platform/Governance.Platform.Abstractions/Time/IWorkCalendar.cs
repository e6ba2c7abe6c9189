namespace Governance.Platform.Abstractions.Time;

/// <summary>
/// Chinese public holidays and make-up workdays (调休) held as data, over the weekday rule (Monday–Friday work).
/// Dates are China local dates (<see cref="Governance.SharedKernel.Time.ChinaTime"/>). A year the calendar has no data for counts weekends only.
/// </summary>
public interface IWorkCalendar
{
    bool IsWorkingDay(DateOnly date);

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="start"/> (start itself not counted);
    /// a negative count goes back, zero returns <paramref name="start"/>.
    /// </summary>
    DateOnly AddWorkingDays(DateOnly start, int workingDays);
}
