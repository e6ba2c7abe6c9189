using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Platform.Calendar;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public const int NameLength = 50;

    public void Configure(EntityTypeBuilder<CalendarDay> day)
    {
        day.ToTable("calendar_days", table => table.HasCheckConstraint(
            "ck_calendar_days_kind", $"kind IN ('{CalendarDayKind.Holiday.Code}', '{CalendarDayKind.Workday.Code}')"));
        day.HasKey(d => d.Date);
        day.Property(d => d.Kind).HasMaxLength(20);
        day.Property(d => d.Name).HasMaxLength(NameLength);
    }
}
