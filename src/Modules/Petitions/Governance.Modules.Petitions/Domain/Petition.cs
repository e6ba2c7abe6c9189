using Governance.Modules.Mediation.Contracts;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Petitions.Domain;

/// <summary>
/// 信访件: one petition from registration to 终结. Petitioners are Registry persons and organisations by id; no ID or
/// phone number is kept here. Each due date is the statutory deadline of its step; <see cref="CurrentDue"/> is the
/// one running now (what the to-do lists and the overdue filter look at).
/// </summary>
internal sealed class Petition
{
    public Guid Id { get; set; }

    /// <summary>Public tracking number, e.g. XF33010620261201000042.</summary>
    public string TrackingNumber { get; set; } = "";

    /// <summary>SHA-256 of the petitioner's query code; the code itself is shown once, at registration.</summary>
    public string QueryCodeHash { get; set; } = "";

    public PetitionChannel Channel { get; set; }

    public PetitionCategory Category { get; set; }

    public PetitionDomain Domain { get; set; }

    public string Subject { get; set; } = "";

    public string Content { get; set; } = "";

    /// <summary>12-digit region code or 15-digit grid code where the matter is.</summary>
    public string ScopeCode { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public List<Guid> PetitionerPersonIds { get; set; } = [];

    public List<Guid> PetitionerOrganisationIds { get; set; } = [];

    /// <summary>集体访: the group's representatives (at most 5, 《信访工作条例》第二十条).</summary>
    public List<Guid> RepresentativeIds { get; set; } = [];

    public int Headcount { get; set; } = 1;

    public bool IsCollective { get; set; }

    /// <summary>Name or address unclear: the petitioner cannot be notified (《信访工作条例》第二十三条).</summary>
    public bool CannotNotify { get; set; }

    public bool IsRepeat { get; set; }

    public Guid? OriginalPetitionId { get; set; }

    public bool IsLitigationRelated { get; set; }

    public string? LitigationChannel { get; set; }

    public bool IsMajorUrgent { get; set; }

    public DateTimeOffset? ReportedUpAt { get; set; }

    public PetitionState State { get; set; } = PetitionState.Registered;

    public RouteKind? RouteKind { get; set; }

    /// <summary>The department (code) handling it after 转送/交办, or the 信访 office itself when accepted directly.</summary>
    public string? HandlingDepartment { get; set; }

    public DateTimeOffset? RoutedAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public string? NotAcceptedReason { get; set; }

    /// <summary>The channel the petitioner is told to use (不予受理 / 诉访分离).</summary>
    public string? SuggestedChannel { get; set; }

    public DateTimeOffset? RegistrationDue { get; set; }

    public DateTimeOffset? NoticeDue { get; set; }

    public DateTimeOffset? NoticeSentAt { get; set; }

    public DateTimeOffset? AcceptanceDue { get; set; }

    public DateTimeOffset? ObjectionDue { get; set; }

    public DateTimeOffset? HandlingDue { get; set; }

    public DateTimeOffset? ExtendedDue { get; set; }

    public ExtensionState ExtensionState { get; set; }

    public int? ExtensionDays { get; set; }

    public string? ExtensionReason { get; set; }

    public DateTimeOffset? ExtensionRequestedAt { get; set; }

    public string? ExtensionDecidedBy { get; set; }

    public AnswerOutcome? AnswerOutcome { get; set; }

    public string? AnswerBasis { get; set; }

    public string? AnswerOpinion { get; set; }

    public bool AnsweredFromMediation { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public Satisfaction? Satisfaction { get; set; }

    public DateTimeOffset? RatedAt { get; set; }

    public DateTimeOffset? ReviewRequestDue { get; set; }

    public DateTimeOffset? ReviewRequestedAt { get; set; }

    public DateTimeOffset? ReviewDue { get; set; }

    public AnswerOutcome? ReviewOutcome { get; set; }

    public string? ReviewOpinion { get; set; }

    public DateTimeOffset? ReviewDecidedAt { get; set; }

    public DateTimeOffset? ReReviewRequestDue { get; set; }

    public DateTimeOffset? ReReviewRequestedAt { get; set; }

    public DateTimeOffset? ReReviewDue { get; set; }

    public int HearingDays { get; set; }

    public AnswerOutcome? ReReviewOutcome { get; set; }

    public string? ReReviewOpinion { get; set; }

    public DateTimeOffset? ReReviewDecidedAt { get; set; }

    public DateTimeOffset? FinalizedAt { get; set; }

    public SupervisionLevel? SupervisionLevel { get; set; }

    public string? SupervisionNote { get; set; }

    public DateTimeOffset? SupervisedAt { get; set; }

    public Guid? LeaderId { get; set; }

    public string? LeaderName { get; set; }

    public List<string> LeaderTeam { get; set; } = [];

    public string? LeaderPlan { get; set; }

    public DateOnly? LeaderDeadline { get; set; }

    /// <summary>联合接访: the departments receiving together.</summary>
    public List<string> JointDepartments { get; set; } = [];

    public ReferralStatus? MediationReferral { get; set; }

    public DateTimeOffset? MediationReferredAt { get; set; }

    public Guid? DisputeId { get; set; }

    public string? DisputeNumber { get; set; }

    public MediationOutcome? MediationOutcome { get; set; }

    public Guid? MediationAgreementId { get; set; }

    public string? MediationAgreementSummary { get; set; }

    public DateTimeOffset? MediationConcludedAt { get; set; }

    public ReferralStatus? LegalAidReferral { get; set; }

    public ReferralStatus? HazardReferral { get; set; }

    public DateTimeOffset? CurrentDue { get; set; }

    public DateTimeOffset? CurrentWarnFrom { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }

    /// <summary>Sets the deadline running now (null when the office owes no step).</summary>
    public void Runs(Deadline? deadline)
    {
        CurrentDue = deadline?.Due;
        CurrentWarnFrom = deadline?.WarnFrom;
    }

    public DeadlineState? DeadlineStateAt(DateTimeOffset now) =>
        CurrentDue is { } due && ClosedAt is null ? new Deadline("", due, CurrentWarnFrom ?? due).StateAt(now) : null;

    /// <summary>On time when the answer was issued by the (extended) handling deadline.</summary>
    public bool? AnsweredOnTime => AnsweredAt is { } answered && (ExtendedDue ?? HandlingDue) is { } due ? answered <= due : null;
}
