using System.Globalization;

namespace Governance.Platform.Calendar;

/// <summary>
/// One date as an administrator sent it, unchecked: from a JSON list (<c>days[3]</c>) or a CSV line (<c>lines[5]</c>);
/// <see cref="Position"/> is where errors about it are reported.
/// </summary>
internal sealed record CalendarDayRow(string Position, string? Date, string? Kind, string? Name)
{
    public const string DateFormat = "yyyy-MM-dd";

    public DateOnly? ParsedDate =>
        DateOnly.TryParseExact(Date?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The row as a calendar day; only for rows that passed validation.</summary>
    public CalendarDay ToDay() => new() { Date = ParsedDate!.Value, Kind = Kind!.Trim(), Name = Name!.Trim() };
}
