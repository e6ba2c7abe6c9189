using Governance.Modules.Registry.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Modules.Registry.Infrastructure.Configurations;

internal sealed class PersonImportConfiguration : IEntityTypeConfiguration<PersonImport>
{
    public void Configure(EntityTypeBuilder<PersonImport> builder)
    {
        builder.ToTable("person_imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.FileName).HasMaxLength(255);
        builder.Property(i => i.Format).HasMaxLength(10);
        builder.Property(i => i.Error).HasMaxLength(1000);
        builder.Property(i => i.Jurisdiction).HasMaxLength(15);
        builder.Property(i => i.FilePath).HasMaxLength(1000);
        builder.Property(i => i.Host).HasMaxLength(255);
        builder.HasIndex(i => i.State);
    }
}

internal sealed class PersonImportErrorConfiguration : IEntityTypeConfiguration<PersonImportError>
{
    public const string Table = "person_import_errors";

    public void Configure(EntityTypeBuilder<PersonImportError> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => new { e.ImportId, e.Seq });
        builder.Property(e => e.Column).HasMaxLength(50);
        builder.Property(e => e.Reason).HasMaxLength(300);
        builder.HasOne<PersonImport>().WithMany().HasForeignKey(e => e.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}
