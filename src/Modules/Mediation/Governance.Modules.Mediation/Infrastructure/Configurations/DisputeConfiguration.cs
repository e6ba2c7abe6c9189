using Governance.Modules.Mediation.Domain;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Modules.Mediation.Infrastructure.Configurations;

internal sealed class DisputeConfiguration : IEntityTypeConfiguration<Dispute>
{
    public void Configure(EntityTypeBuilder<Dispute> builder)
    {
        builder.ToTable("disputes");
        builder.ConfigureCase<Dispute, DisputeState, DisputeAction>();
        builder.Property(d => d.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Matter).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Risk).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.MediationType).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Number).HasMaxLength(32);
        builder.Property(d => d.SourceModule).HasMaxLength(64);
        builder.Property(d => d.SourceRecordId).HasMaxLength(64);
        builder.Property(d => d.Subject).HasMaxLength(200);
        builder.Property(d => d.Description).HasMaxLength(4000);
        builder.Property(d => d.Location).HasMaxLength(300);
        builder.Property(d => d.HandlingScope).HasMaxLength(12);
        builder.Property(d => d.HandlingDepartment).HasMaxLength(50);
        builder.Property(d => d.Amount).HasPrecision(14, 2);
        builder.Property(d => d.Committee).HasMaxLength(100);
        builder.Property(d => d.OutcomeNote).HasMaxLength(2000);
        builder.Property(d => d.SuggestedChannel).HasMaxLength(200);
        builder.HasIndex(d => d.Number).IsUnique();
        builder.HasIndex(d => new { d.SourceModule, d.SourceRecordId }).IsUnique().HasFilter("source_module IS NOT NULL");
        builder.HasIndex(d => d.RegisteredAt);
        builder.HasIndex(d => d.ConcludedAt);
        builder.HasIndex(d => d.SweepId);
        builder.HasMany(d => d.Parties).WithOne().HasForeignKey(p => p.DisputeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Sessions).WithOne().HasForeignKey(s => s.DisputeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.FollowUps).WithOne().HasForeignKey(f => f.DisputeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Agreement).WithOne().HasForeignKey<Agreement>(a => a.DisputeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DisputePartyConfiguration : IEntityTypeConfiguration<DisputeParty>
{
    public void Configure(EntityTypeBuilder<DisputeParty> builder)
    {
        builder.ToTable("parties");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Consent).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.ConsentNote).HasMaxLength(500);
        builder.HasIndex(p => p.PersonId);
    }
}

internal sealed class MediationSessionConfiguration : IEntityTypeConfiguration<MediationSession>
{
    public void Configure(EntityTypeBuilder<MediationSession> builder)
    {
        builder.ToTable("sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Place).HasMaxLength(200);
        builder.Property(s => s.Attendees).HasMaxLength(500);
        builder.Property(s => s.Record).HasMaxLength(4000);
    }
}

internal sealed class FollowUpVisitConfiguration : IEntityTypeConfiguration<FollowUpVisit>
{
    public void Configure(EntityTypeBuilder<FollowUpVisit> builder)
    {
        builder.ToTable("follow_ups");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Visitor).HasMaxLength(100);
        builder.Property(f => f.Note).HasMaxLength(2000);
    }
}

internal sealed class DisputeStepConfiguration : IEntityTypeConfiguration<DisputeStep>
{
    public void Configure(EntityTypeBuilder<DisputeStep> builder)
    {
        builder.ToTable("dispute_steps");
        builder.ConfigureTimeline(nameof(DisputeStep.DisputeId));
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
