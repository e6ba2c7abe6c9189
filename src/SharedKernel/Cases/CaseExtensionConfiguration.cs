using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.SharedKernel.Cases;

/// <summary>
/// The 延期 requests of a module's cases: <c>modelBuilder.ApplyConfiguration(new CaseExtensionConfiguration("extensions",
/// "dispute_id"))</c> in the module's DbContext.
/// </summary>
public sealed class CaseExtensionConfiguration(string table, string caseIdColumn) : IEntityTypeConfiguration<CaseExtension>
{
    public void Configure(EntityTypeBuilder<CaseExtension> builder)
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.CaseId).HasColumnName(caseIdColumn);
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.RequestedByName).HasMaxLength(100);
        builder.Property(e => e.DecidedByName).HasMaxLength(100);
        builder.Property(e => e.DecisionNote).HasMaxLength(1000);
        builder.Ignore(e => e.RequestedBy);
        builder.HasIndex(e => e.CaseId);
    }
}
