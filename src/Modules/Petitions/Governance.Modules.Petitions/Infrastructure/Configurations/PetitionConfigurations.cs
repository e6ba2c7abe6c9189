using Governance.Modules.Petitions.Domain;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Modules.Petitions.Infrastructure.Configurations;

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> builder)
    {
        builder.ToTable("petitions");
        builder.ConfigureCase<Petition, PetitionState, PetitionAction>();
        builder.Property(p => p.TrackingNumber).HasMaxLength(32).IsUnicode(false);
        builder.HasIndex(p => p.TrackingNumber).IsUnique();
        builder.Property(p => p.QueryCodeHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(p => p.Subject).HasMaxLength(200);
        builder.Property(p => p.Content).HasMaxLength(8000);
        builder.Property(p => p.ScopeCode).IsUnicode(false);
        builder.HasIndex(p => p.PetitionerPersonIds).HasMethod("gin");
        builder.HasIndex(p => p.State);
        builder.HasIndex(p => p.ReceivedAt);
        builder.Property(p => p.LitigationChannel).HasMaxLength(200);
        builder.Property(p => p.HandlingDepartment).HasMaxLength(50);
        foreach (var body in new[] { nameof(Petition.HandlingBody), nameof(Petition.ReviewBody), nameof(Petition.ReReviewBody) })
        {
            builder.Property(body).HasMaxLength(15).IsUnicode(false);
        }

        builder.Property(p => p.NotAcceptedReason).HasMaxLength(1000);
        builder.Property(p => p.SuggestedChannel).HasMaxLength(200);
        builder.Property(p => p.AnswerBasis).HasMaxLength(2000);
        builder.Property(p => p.AnswerOpinion).HasMaxLength(8000);
        builder.Property(p => p.ReviewOpinion).HasMaxLength(8000);
        builder.Property(p => p.ReReviewOpinion).HasMaxLength(8000);
        builder.Property(p => p.DisputeNumber).HasMaxLength(50);
        builder.Property(p => p.MediationAgreementSummary).HasMaxLength(2000);
        foreach (var property in new[] { nameof(Petition.Channel), nameof(Petition.Category), nameof(Petition.Domain),
                     nameof(Petition.RouteKind), nameof(Petition.HandlingRoute), nameof(Petition.AnswerOutcome),
                     nameof(Petition.Satisfaction), nameof(Petition.ReviewOutcome), nameof(Petition.ReReviewOutcome),
                     nameof(Petition.MediationReferral), nameof(Petition.MediationOutcome),
                     nameof(Petition.LegalAidReferral), nameof(Petition.HazardReferral) })
        {
            // Codes as text: readable in SQL reports and stable when members are added.
            builder.Property(property).HasConversion<string>().HasMaxLength(32);
        }

        builder.Ignore(p => p.ApprovedExtension);
        builder.Ignore(p => p.ExtendedDue);
        builder.Ignore(p => p.IsFinishedAfterReReview);
        builder.Ignore(p => p.MayNotify);
    }
}

internal sealed class PetitionStepConfiguration : IEntityTypeConfiguration<PetitionStep>
{
    public void Configure(EntityTypeBuilder<PetitionStep> builder)
    {
        builder.ToTable("petition_steps");
        builder.ConfigureTimeline(nameof(PetitionStep.PetitionId));
    }
}

internal sealed class HearingConfiguration : IEntityTypeConfiguration<Hearing>
{
    public void Configure(EntityTypeBuilder<Hearing> builder)
    {
        builder.ToTable("hearings");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Note).HasMaxLength(1000);
        builder.HasIndex(h => h.PetitionId);
        builder.Ignore(h => h.Days);
    }
}
