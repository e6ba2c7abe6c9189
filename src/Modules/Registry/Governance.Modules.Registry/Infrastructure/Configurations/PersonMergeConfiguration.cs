using Governance.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Modules.Registry.Infrastructure.Configurations;

internal sealed class PersonMergeConfiguration : IEntityTypeConfiguration<PersonMerge>
{
    public void Configure(EntityTypeBuilder<PersonMerge> builder)
    {
        builder.ToTable("person_merges");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasMaxLength(20);
        builder.Property(m => m.MergedCitizenId).HasMaxLength(18);
        builder.Property(m => m.PreviousCitizenId).HasMaxLength(18);
        builder.Property(m => m.CitizenId).HasMaxLength(18);
        builder.Property(m => m.MergedSnapshot).HasColumnType("jsonb");
        builder.Property(m => m.ScopeCode).HasMaxLength(15);
        builder.Property(m => m.Reason).HasMaxLength(500);
        builder.HasIndex(m => m.SurvivingPersonId);
        builder.HasIndex(m => m.MergedPersonId);
    }
}
