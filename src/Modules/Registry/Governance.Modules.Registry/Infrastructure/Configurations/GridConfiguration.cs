using Governance.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Modules.Registry.Infrastructure.Configurations;

internal sealed class GridConfiguration : IEntityTypeConfiguration<Grid>
{
    public void Configure(EntityTypeBuilder<Grid> builder)
    {
        builder.ToTable("grids");
        builder.HasKey(g => g.Code);
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.Property(g => g.Boundary).HasColumnType("jsonb");
        builder.Property(g => g.Version).IsRowVersion();
        builder.Property(g => g.ScopeCode).HasMaxLength(15).IsUnicode(false);
        builder.HasIndex(g => g.Village);
        builder.HasIndex(g => g.ScopeCode).HasOperators("varchar_pattern_ops");
    }
}
