using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Platform.Deadlines;

internal sealed class DeadlineRuleConfiguration : IEntityTypeConfiguration<DeadlineRule>
{
    public const int CodeLength = 100;
    public const int QualifierLength = 50;
    public const int TextLength = 300;

    public void Configure(EntityTypeBuilder<DeadlineRule> rule)
    {
        rule.ToTable("deadline_rules");
        rule.HasKey(r => r.Id);
        rule.Property(r => r.Code).HasMaxLength(CodeLength);
        rule.Property(r => r.Province).HasMaxLength(2);
        rule.Property(r => r.Level).HasMaxLength(QualifierLength);
        rule.Property(r => r.Type).HasMaxLength(QualifierLength);
        rule.Property(r => r.Unit).HasConversion<string>().HasMaxLength(20);
        rule.Property(r => r.Description).HasMaxLength(TextLength);
        rule.Property(r => r.LegalBasis).HasMaxLength(TextLength);
        rule.Property(r => r.UpdatedBy).HasMaxLength(200);
        rule.HasIndex(r => new { r.Code, r.Province, r.Level, r.Type }).IsUnique().AreNullsDistinct(false);
    }
}
