using Governance.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Modules.Registry.Infrastructure.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(12);
        builder.Property(r => r.Prefix).HasMaxLength(12);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.ParentCode).HasMaxLength(12);
        builder.HasIndex(r => r.ParentCode);
        builder.HasIndex(r => r.Prefix).HasOperators("varchar_pattern_ops");
        builder.HasIndex(r => r.Name);
    }
}
