using Governance.Modules.Petitions.Domain;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Petitions.Application.Common;

/// <summary>A petition as the desk sees it: codes with their labels, every due date, and what may be done next.</summary>
internal sealed record PetitionView(
    Guid Id,
    string TrackingNumber,
    string State,
    string StateName,
    IReadOnlyList<CodeLabel> AllowedActions,
    string Channel,
    string ChannelName,
    string Category,
    string CategoryName,
    string Domain,
    string DomainName,
    string Subject,
    string Content,
    string ScopeCode,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<Guid> PetitionerPersonIds,
    IReadOnlyList<Guid> PetitionerOrganisationIds,
    IReadOnlyList<Guid> RepresentativeIds,
    int Headcount,
    bool IsCollective,
    bool CannotNotify,
    bool IsFirst,
    bool IsRepeat,
    Guid? OriginalPetitionId,
    bool IsLitigationRelated,
    string? LitigationChannel,
    bool IsMajorUrgent,
    DateTimeOffset? ReportedUpAt,
    string? RouteKind,
    string? HandlingDepartment,
    string? HandlingBody,
    DateTimeOffset? AcceptedAt,
    string? HandlingRoute,
    string? HandlingRouteName,
    string? NotAcceptedReason,
    string? SuggestedChannel,
    DeadlinesView Deadlines,
    ExtensionView Extension,
    AnswerView? Answer,
    ReviewView Review,
    OversightView Oversight,
    ReferralsView Referrals,
    DateTimeOffset? ClosedAt,
    uint Version) : ICaseView
{
    public static PetitionView From(Petition p, ICurrentUser user, DateTimeOffset now) => new(
        p.Id, p.TrackingNumber, p.State.ToString(), p.State.Label(), PetitionWorkflow.Definition.AllowedActions(p, user, now),
        p.Channel.ToString(), p.Channel.Label(), p.Category.ToString(), p.Category.Label(), p.Domain.ToString(), p.Domain.Label(),
        p.Subject, p.Content, p.ScopeCode, p.ReceivedAt, p.PetitionerPersonIds, p.PetitionerOrganisationIds, p.RepresentativeIds,
        p.Headcount, p.IsCollective, p.CannotNotify, !p.IsRepeat, p.IsRepeat, p.OriginalPetitionId, p.IsLitigationRelated,
        p.LitigationChannel, p.IsMajorUrgent, p.ReportedUpAt, p.RouteKind?.Label(), p.HandlingDepartment, p.HandlingBody,
        p.AcceptedAt, p.HandlingRoute?.ToString(), p.HandlingRoute?.Label(), p.NotAcceptedReason,
        p.SuggestedChannel,
        new DeadlinesView(
            p.Deadline.Due, p.Deadline.WarnFrom, p.DeadlineStateAt(now)?.ToString(), p.DeadlineStateAt(now) == DeadlineState.Overdue,
            p.RegistrationDue, p.NoticeDue, p.NoticeSentAt, p.AcceptanceDue, p.ObjectionDue, p.HandlingDue, p.ExtendedDue),
        ExtensionView.Of(p.Extensions.OrderBy(e => e.RequestedAt).LastOrDefault()),
        p.AnswerOutcome is { } outcome
            ? new AnswerView(outcome.ToString(), outcome.Label(), p.AnswerBasis, p.AnswerOpinion, p.AnsweredFromMediation, p.AnsweredAt,
                p.AnsweredOnTime, p.DeliveredAt, p.Satisfaction?.ToString(), p.Satisfaction?.Label(), p.RatedAt)
            : null,
        new ReviewView(p.ReviewRequestDue, p.ReviewRequestedAt, p.ReviewBody, p.ReviewDue, p.ReviewOutcome?.Label(), p.ReviewOpinion,
            p.ReviewDecidedAt, p.ReReviewRequestDue, p.ReReviewRequestedAt, p.ReReviewBody, p.ReReviewDue, p.HearingDays,
            p.ReReviewOutcome?.Label(), p.ReReviewOpinion, p.ReReviewDecidedAt, p.FinalizedAt),
        new OversightView(p.Supervision.Level?.ToString(), p.Supervision.Level?.Label(), p.Supervision.Note, p.Supervision.At,
            p.Leader.UserId, p.Leader.Name, p.Leader.Team, p.Leader.Plan, p.Leader.Deadline, p.JointDepartments),
        new ReferralsView(p.MediationReferral?.Label(), p.MediationReferredAt, p.DisputeId, p.DisputeNumber,
            p.MediationOutcome?.ToString(), p.MediationOutcome?.Label(), p.MediationAgreementId, p.MediationAgreementSummary,
            p.MediationConcludedAt, p.LegalAidReferral?.Label(), p.HazardReferral?.Label()),
        p.ClosedAt, p.Version);
}

/// <param name="Current">The deadline running now; <paramref name="DeadlineState"/> Normal / Warning (yellow) / Overdue (red).</param>
internal sealed record DeadlinesView(
    DateTimeOffset? Current, DateTimeOffset? WarnFrom, string? DeadlineState, bool Overdue, DateTimeOffset? Registration,
    DateTimeOffset? Notice, DateTimeOffset? NoticeSentAt, DateTimeOffset? Acceptance, DateTimeOffset? Objection,
    DateTimeOffset? Handling, DateTimeOffset? Extended);

/// <summary>The latest 延期 request (<c>None</c> 未申请 when there is none).</summary>
internal sealed record ExtensionView(string State, string StateName, int? Days, string? Reason, DateTimeOffset? RequestedAt, string? DecidedBy)
{
    public static readonly CodeLabel None = new("None", "未申请");

    /// <summary>The 延期 states as the code table lists them: 未申请 and the kit's.</summary>
    public static IReadOnlyList<CodeLabel> States { get; } = [None, .. CodeLabels.TableOf<ExtensionState>()];

    public static ExtensionView Of(CaseExtension? e) => e is null
        ? new(None.Code, None.Label, null, null, null, null)
        : new(e.State.ToString(), e.State.Label(), e.Days, e.Reason, e.RequestedAt, e.DecidedByName);
}

internal sealed record AnswerView(
    string Outcome, string OutcomeName, string? Basis, string? Opinion, bool FromMediation, DateTimeOffset? AnsweredAt, bool? OnTime,
    DateTimeOffset? DeliveredAt, string? Satisfaction, string? SatisfactionName, DateTimeOffset? RatedAt);

/// <param name="ReviewBody">The jurisdiction code of the body deciding the 复查 (the one above <c>handlingBody</c>); <paramref name="ReReviewBody"/> the 复核's.</param>
internal sealed record ReviewView(
    DateTimeOffset? ReviewRequestDue, DateTimeOffset? ReviewRequestedAt, string? ReviewBody, DateTimeOffset? ReviewDue, string? ReviewOutcome,
    string? ReviewOpinion, DateTimeOffset? ReviewDecidedAt, DateTimeOffset? ReReviewRequestDue, DateTimeOffset? ReReviewRequestedAt,
    string? ReReviewBody, DateTimeOffset? ReReviewDue, int HearingDays, string? ReReviewOutcome, string? ReReviewOpinion,
    DateTimeOffset? ReReviewDecidedAt, DateTimeOffset? FinalizedAt);

internal sealed record OversightView(
    string? SupervisionLevel, string? SupervisionLevelName, string? SupervisionNote, DateTimeOffset? SupervisedAt, Guid? LeaderId,
    string? LeaderName, IReadOnlyList<string> LeaderTeam, string? LeaderPlan, DateOnly? LeaderDeadline, IReadOnlyList<string> JointDepartments);

internal sealed record ReferralsView(
    string? Mediation, DateTimeOffset? MediationReferredAt, Guid? DisputeId, string? DisputeNumber, string? MediationOutcome,
    string? MediationOutcomeName, Guid? AgreementId, string? AgreementSummary, DateTimeOffset? MediationConcludedAt,
    string? LegalAid, string? Hazard);
