using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Calendar;

/// <summary>The whole calendar in memory: the listed dates and the years that have data.</summary>
internal sealed record CalendarSnapshot(IReadOnlyDictionary<DateOnly, string> Kinds, IReadOnlySet<int> KnownYears)
{
    public static CalendarSnapshot Load(PlatformDbContext db) => new(
        db.Set<CalendarDay>().AsNoTracking().ToDictionary(d => d.Date, d => d.Kind),
        db.Set<CalendarYear>().AsNoTracking().Select(y => y.Year).ToHashSet());
}
