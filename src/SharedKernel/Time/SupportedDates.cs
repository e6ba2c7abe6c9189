using System.Globalization;

namespace Governance.SharedKernel.Time;

/// <summary>
/// The dates the API accepts, 1800-01-01 to 2199-12-31: every date a record can really carry, and far enough from
/// <see cref="DateOnly.MaxValue"/> that deadline and period arithmetic on them cannot overflow.
/// </summary>
public static class SupportedDates
{
    public static readonly DateOnly First = new(1800, 1, 1);
    public static readonly DateOnly Last = new(2199, 12, 31);

    public static string Message { get; } = string.Create(CultureInfo.InvariantCulture,
        $"日期须在 {First:yyyy-MM-dd} 到 {Last:yyyy-MM-dd} 之间");

    public static bool Contains(DateOnly date) => date >= First && date <= Last;

    public static bool Contains(DateTime instant) => Contains(DateOnly.FromDateTime(instant));

    public static bool Contains(DateTimeOffset instant) => Contains(DateOnly.FromDateTime(instant.UtcDateTime));

    /// <summary>Whether <paramref name="value"/> is a date or an instant outside the range; false for anything else.</summary>
    public static bool IsOutside(object? value) => value switch
    {
        DateOnly date => !Contains(date),
        DateTime instant => !Contains(instant),
        DateTimeOffset instant => !Contains(instant),
        _ => false,
    };
}
