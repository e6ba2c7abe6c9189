namespace Governance.Platform.Abstractions.Calendar;

/// <summary>Settings of the work calendar and deadline rules (<c>Calendar:*</c>).</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>
    /// How long the calendar and the deadline rules are kept in memory. A change through the API applies at once on
    /// the host that took it; other hosts on the same database see it within this interval.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(5);
}
