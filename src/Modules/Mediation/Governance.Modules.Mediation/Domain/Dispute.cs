using Governance.Modules.Mediation.Contracts;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Mediation.Domain;

/// <summary>矛盾纠纷: one case registered once (个案备案), handled by one level at a time.</summary>
internal sealed class Dispute
{
    public Guid Id { get; init; }

    /// <summary>案件编号, e.g. 330106-2026-000042.</summary>
    public required string Number { get; init; }

    public DisputeSource Source { get; init; }

    /// <summary>The referring module and record (信访转入: <c>Petitions</c> and the petition id); unique together.</summary>
    public string? SourceModule { get; init; }

    public string? SourceRecordId { get; init; }

    /// <summary>The sweep (排查) that found it.</summary>
    public Guid? SweepId { get; set; }

    public DisputeType Type { get; set; }

    public DisputeMatter? Matter { get; set; }

    public required string Subject { get; set; }

    public string? Description { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public string? Location { get; set; }

    /// <summary>Where the dispute is: a region's significant digits (6, 9 or 12) or a 15-digit grid code.</summary>
    public required string ScopeCode { get; set; }

    public HandlingLevel Level { get; set; }

    /// <summary>The significant digits of the region whose level handles it now (the village, its township or county).</summary>
    public required string HandlingScope { get; set; }

    public string? HandlingDepartment { get; set; }

    public int Headcount { get; set; }

    public decimal? Amount { get; set; }

    public EscalationRisk Risk { get; set; }

    /// <summary>重大/群体性: from the headcount thresholds, or marked by the clerk.</summary>
    public bool IsMajor { get; set; }

    /// <summary>A SafetyInspections hazard the dispute is about (by id; no cross-schema key).</summary>
    public Guid? RelatedHazardId { get; set; }

    /// <summary>A Registry house (rental house, FloatingPopulation) the dispute is about.</summary>
    public Guid? RelatedHouseId { get; set; }

    public DisputeState State { get; set; } = DisputeState.Registered;

    public MediationType? MediationType { get; set; }

    /// <summary>人民调解委员会 handling it.</summary>
    public string? Committee { get; set; }

    public List<string> Mediators { get; set; } = [];

    public Guid? AssigneeId { get; set; }

    public DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public DateTimeOffset? WarnFrom { get; set; }

    public DateTimeOffset? ConcludedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public MediationOutcome? Outcome { get; set; }

    public string? OutcomeNote { get; set; }

    /// <summary>For a dispute not settled or terminated: the channel the parties were told of (诉讼、仲裁、行政复议 …).</summary>
    public string? SuggestedChannel { get; set; }

    public SupervisionLevel? Supervision { get; set; }

    public string? SupervisionNote { get; set; }

    /// <summary>包案领导.</summary>
    public string? LeaderInCharge { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }

    public List<DisputeParty> Parties { get; init; } = [];

    public List<MediationSession> Sessions { get; init; } = [];

    public Agreement? Agreement { get; set; }

    public List<FollowUpVisit> FollowUps { get; init; } = [];

    public List<ExtensionRequest> Extensions { get; init; } = [];
}
