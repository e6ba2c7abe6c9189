using Governance.Modules.Registry.Application.Persons;
using Governance.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Modules.Registry.Infrastructure.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public const string Table = "persons";

    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(PersonRules.MaxNameLength);
        builder.Property(p => p.Ethnicity).HasMaxLength(2).IsUnicode(false);
        builder.Property(p => p.HouseholdAddress).HasMaxLength(PersonRules.MaxAddressLength);
        builder.Property(p => p.CurrentAddress).HasMaxLength(PersonRules.MaxAddressLength);
        builder.Property(p => p.ScopeCode).HasMaxLength(15).IsUnicode(false);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => p.CitizenId).IsUnique();

        // One index serves the jurisdiction prefix of every list and, within it, the name prefix search.
        builder.HasIndex(p => new { p.ScopeCode, p.Name }).HasOperators("varchar_pattern_ops", "varchar_pattern_ops");
        builder.HasIndex(p => p.Phone);
    }
}
