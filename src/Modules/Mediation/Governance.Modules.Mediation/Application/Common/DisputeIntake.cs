using System.Globalization;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Time;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>What a new dispute is, however it arrives (registered by a clerk or opened from a referral).</summary>
internal sealed record DisputeDraft(
    DisputeSource Source, string? SourceModule, string? SourceRecordId, Guid? SweepId, DisputeType Type, DisputeMatter? Matter,
    string Subject, string? Description, DateOnly? OccurredOn, string? Location, string ScopeCode, int Headcount, decimal? Amount,
    EscalationRisk Risk, bool MarkedMajor, Guid? RelatedHazardId, Guid? RelatedHouseId, IReadOnlyList<PartyDraft> Parties);

internal sealed record PartyDraft(Guid? PersonId, Guid? OrganisationId, PartyRole Role, bool IsSupervised);

/// <summary>统一登记: numbers, places and records a new dispute, with its first timeline step and events.</summary>
internal sealed class DisputeIntake(MediationDbContext db, DisputeFlow flow, CrossModuleNotices notices, MajorDisputes major)
{
    public async Task<Dispute> RegisterAsync(DisputeDraft draft, string note, CancellationToken ct)
    {
        var (region, level) = Levels.Place(draft.ScopeCode);
        var year = ChinaTime.DateOf(flow.Now).Year.ToString(CultureInfo.InvariantCulture);
        var number = $"{region.Value[..6]}-{year}-{await db.NextDisputeNumberAsync(ct):D6}";
        var dispute = new Dispute
        {
            Id = Guid.CreateVersion7(flow.Now),
            Number = number,
            Source = draft.Source,
            SourceModule = draft.SourceModule,
            SourceRecordId = draft.SourceRecordId,
            SweepId = draft.SweepId,
            Type = draft.Type,
            Matter = draft.Matter,
            Subject = draft.Subject.Trim(),
            Description = draft.Description?.Trim(),
            OccurredOn = draft.OccurredOn,
            Location = draft.Location?.Trim(),
            ScopeCode = Levels.ScopeCodeOf(draft.ScopeCode),
            Level = level,
            HandlingScope = Levels.ScopeAt(region, level),
            HandlingDepartment = flow.User.Department,
            Headcount = draft.Headcount,
            Amount = draft.Amount,
            Risk = draft.Risk,
            IsMajor = draft.MarkedMajor,
            RelatedHazardId = draft.RelatedHazardId,
            RelatedHouseId = draft.RelatedHouseId,
            RegisteredAt = flow.Now,
            UpdatedAt = flow.Now,
        };
        dispute.Parties.AddRange(draft.Parties.Select(p => NewParty(dispute, p)));
        db.Disputes.Add(dispute);
        db.Steps.Add(DisputeStep.Of(dispute, flow.User, flow.Now, DisputeAction.Register, null, DisputeState.Registered, note));
        major.Apply(dispute);

        notices.NotifySupervisors(dispute, dispute.Parties);
        flow.PublishWorkItem(dispute);
        return dispute;
    }

    public DisputeParty NewParty(Dispute dispute, PartyDraft draft) => new()
    {
        Id = Guid.CreateVersion7(flow.Now),
        DisputeId = dispute.Id,
        PersonId = draft.PersonId,
        OrganisationId = draft.OrganisationId,
        Role = draft.Role,
        IsSupervised = draft.IsSupervised,
    };
}
