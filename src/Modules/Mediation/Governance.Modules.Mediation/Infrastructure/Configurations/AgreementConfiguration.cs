using Governance.Modules.Mediation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Modules.Mediation.Infrastructure.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("agreements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Form).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Facts).HasMaxLength(4000);
        builder.Property(a => a.Terms).HasMaxLength(4000);
        builder.Property(a => a.PerformanceMethod).HasMaxLength(1000);
        builder.Property(a => a.PerformanceNote).HasMaxLength(1000);
        builder.HasMany(a => a.Signatures).WithOne().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsOne(a => a.Confirmation, c =>
        {
            c.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
            c.Property(j => j.Court).HasMaxLength(100);
            c.Property(j => j.CaseNumber).HasMaxLength(64);
            c.Property(j => j.Note).HasMaxLength(1000);
        });
    }
}

internal sealed class AgreementSignatureConfiguration : IEntityTypeConfiguration<AgreementSignature>
{
    public void Configure(EntityTypeBuilder<AgreementSignature> builder)
    {
        builder.ToTable("agreement_signatures");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.SignerName).HasMaxLength(100);
    }
}

internal sealed class SweepConfiguration : IEntityTypeConfiguration<Sweep>
{
    public void Configure(EntityTypeBuilder<Sweep> builder)
    {
        builder.ToTable("sweeps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ScopeCode).HasMaxLength(12);
        builder.Property(s => s.RegionName).HasMaxLength(100);
        builder.Property(s => s.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.ReportedByName).HasMaxLength(100);
        builder.Property(s => s.Note).HasMaxLength(2000);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasIndex(s => new { s.ScopeCode, s.PeriodStart }).IsUnique();
        builder.HasIndex(s => s.PeriodStart);
    }
}
