namespace Governance.Modules.Mediation.Domain;

/// <summary>What a new dispute is, however it arrives (registered by a clerk or opened from a referral).</summary>
internal sealed record DisputeDraft(
    DisputeSource Source, string? SourceModule, string? SourceRecordId, Guid? SweepId, DisputeType Type, DisputeMatter? Matter,
    string Subject, string? Description, DateOnly? OccurredOn, string? Location, string ScopeCode, int Headcount, decimal? Amount,
    EscalationRisk Risk, bool MarkedMajor, Guid? RelatedHazardId, Guid? RelatedHouseId, IReadOnlyList<PartyDraft> Parties);

internal sealed record PartyDraft(Guid? PersonId, Guid? OrganisationId, PartyRole Role, bool IsSupervised)
{
    public static PartyDraft Of(DisputeParty party) => new(party.PersonId, party.OrganisationId, party.Role, party.IsSupervised);
}

/// <summary>The registration details a clerk may correct before 受理 (补正登记信息).</summary>
internal sealed record DisputeDetails(
    DisputeType Type, DisputeMatter? Matter, string Subject, string? Description, string? Location, int Headcount, decimal? Amount,
    EscalationRisk Risk, Guid? RelatedHazardId, Guid? RelatedHouseId, IReadOnlyList<PartyDraft> Parties);
