using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Petitions.Contracts;

// Events carry ids and scope codes, never ID or phone numbers: a consumer that needs them asks Registry's GetPersonById.

/// <summary>
/// A petition (信访件) was referred to people's mediation (《信访工作条例》第三十三条、第三十七条). The Mediation module
/// opens a dispute from it once (idempotently on <paramref name="PetitionId"/>) and reports the result with
/// <c>mediation.dispute-concluded.v1</c>, which lets the petition be answered and closed from the agreement.
/// </summary>
/// <param name="ScopeCode">Where the matter is: the 12-digit region code or 15-digit grid code the petition is scoped to.</param>
/// <param name="PersonIds">Registry persons among the petitioners (and parties named by the clerk), in order.</param>
/// <param name="OrganisationIds">Registry organisations among the petitioners or named as the other side.</param>
/// <param name="Headcount">How many people the matter involves (集体访: the group's headcount).</param>
[IntegrationEvent("petitions.petition-referred-to-mediation.v1")]
public sealed record PetitionReferredToMediation(
    Guid PetitionId,
    string TrackingNumber,
    string ScopeCode,
    string Subject,
    string Content,
    IReadOnlyList<Guid> PersonIds,
    IReadOnlyList<Guid> OrganisationIds,
    int Headcount,
    string? Note,
    Guid? ReferredBy,
    string? ReferredByDepartment) : IntegrationEvent;

/// <summary>A petitioner in difficulty was referred to legal aid (《信访工作条例》第三十七条); the LegalAid module opens an application.</summary>
[IntegrationEvent("petitions.petition-referred-to-legal-aid.v1")]
public sealed record PetitionReferredToLegalAid(
    Guid PetitionId,
    string TrackingNumber,
    string ScopeCode,
    Guid PersonId,
    string Matter,
    string? Note,
    Guid? ReferredBy) : IntegrationEvent;

/// <summary>A petition complains of a safety hazard; the SafetyInspections module records the hazard and links it back.</summary>
[IntegrationEvent("petitions.petition-hazard-reported.v1")]
public sealed record PetitionHazardReported(
    Guid PetitionId,
    string TrackingNumber,
    string ScopeCode,
    string Description,
    string? Location,
    Guid? PlaceId,
    Guid? ReportedBy) : IntegrationEvent;
