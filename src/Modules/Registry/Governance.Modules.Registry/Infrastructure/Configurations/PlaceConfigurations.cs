using Governance.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Modules.Registry.Infrastructure.Configurations;

internal sealed class StandardAddressConfiguration : IEntityTypeConfiguration<StandardAddress>
{
    public void Configure(EntityTypeBuilder<StandardAddress> builder)
    {
        builder.ToTable("addresses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Code).HasMaxLength(64);
        builder.Property(a => a.FullText).HasMaxLength(300);
        builder.Property(a => a.ScopeCode).HasMaxLength(15);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasIndex(a => a.Code).IsUnique();
        builder.HasIndex(a => a.ScopeCode).HasOperators("varchar_pattern_ops");
    }
}

internal sealed class HouseConfiguration : IEntityTypeConfiguration<House>
{
    public void Configure(EntityTypeBuilder<House> builder)
    {
        builder.ToTable("houses");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.ScopeCode).HasMaxLength(15);
        builder.Property(h => h.Area).HasPrecision(10, 2);
        builder.Property(h => h.Version).IsRowVersion();
        builder.HasOne<StandardAddress>().WithMany().HasForeignKey(h => h.AddressId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(h => h.OwnerPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.ScopeCode).HasOperators("varchar_pattern_ops");
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Address).HasMaxLength(300);
        builder.Property(o => o.ScopeCode).HasMaxLength(15);
        builder.Property(o => o.Version).IsRowVersion();
        builder.HasOne<StandardAddress>().WithMany().HasForeignKey(o => o.AddressId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(o => o.LegalRepresentativePersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.CreditCode).IsUnique();
        builder.HasIndex(o => o.ScopeCode).HasOperators("varchar_pattern_ops");
        builder.HasIndex(o => o.Name);
    }
}
