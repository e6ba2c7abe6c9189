namespace Governance.Platform.Calendar;

/// <summary>
/// A year the calendar holds data for, and where that data came from. Its days are only ever replaced as a whole;
/// a year without this row counts weekends only.
/// </summary>
internal sealed class CalendarYear
{
    public const string SeedSource = "seed";
    public const string ApiSource = "api";
    public const string FileSource = "file";

    public int Year { get; init; }

    /// <summary><see cref="SeedSource"/>, <see cref="ApiSource"/> or <see cref="FileSource"/>.</summary>
    public required string Source { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
