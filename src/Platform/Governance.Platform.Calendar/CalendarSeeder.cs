using System.Text;
using Governance.Platform.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Calendar;

/// <summary>
/// Seeds the embedded holiday data (Data/cn-holidays-2020-2026.csv) for every year the database has no data for.
/// A year already present — seeded earlier or set by an administrator — is left alone.
/// </summary>
internal sealed class CalendarSeeder(PlatformDbContext db, TimeProvider clock, ILogger<CalendarSeeder> logger) : IPlatformSeeder
{
    public const string SeedResource = "Governance.Platform.Calendar.Data.cn-holidays.csv";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PlatformLocks.Seeding})", cancellationToken);
        var known = await db.Set<CalendarYear>().Select(y => y.Year).ToListAsync(cancellationToken);
        var missing = ReadSeed().GroupBy(d => d.Date.Year).Where(year => !known.Contains(year.Key)).ToList();
        foreach (var year in missing)
        {
            db.AddRange(year);
            db.Add(new CalendarYear { Year = year.Key, Source = CalendarYear.SeedSource, UpdatedAt = clock.GetUtcNow() });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (missing.Count > 0)
        {
            logger.LogInformation("Seeded the work calendar for {Years}", string.Join(", ", missing.Select(y => y.Key)));
        }
    }

    private static IEnumerable<CalendarDay> ReadSeed()
    {
        using var stream = typeof(CalendarSeeder).Assembly.GetManifestResourceStream(SeedResource)
            ?? throw new InvalidOperationException($"Governance.Platform.Calendar lacks its embedded calendar {SeedResource}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return CalendarCsv.Read(reader).Select(row => row.ToDay()).ToList();
    }
}
