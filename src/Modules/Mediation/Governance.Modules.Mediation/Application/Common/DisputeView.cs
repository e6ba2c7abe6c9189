using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Mediation.Domain;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>
/// A dispute as the API shows it: codes with their Chinese labels, the actions allowed now (none for a caller above or beside
/// the level handling it, whose steps would be refused), the deadline state.
/// </summary>
internal sealed record DisputeView(
    Guid Id, string Number, DisputeState State, string StateName, IReadOnlyList<CodeLabel> AllowedActions,
    DisputeSource Source, string SourceName, string? SourceModule, string? SourceRecordId, Guid? SweepId,
    DisputeType Type, string TypeName, DisputeMatter? Matter, string? MatterName, string Subject, string? Description,
    DateOnly? OccurredOn, string? Location, string ScopeCode, HandlingLevel Level, string LevelName, string HandlingScope,
    int Headcount, decimal? Amount, EscalationRisk Risk, string RiskName, bool IsMajor, Guid? RelatedHazardId, Guid? RelatedHouseId,
    MediationType? MediationType, string? MediationTypeName, string? Committee, IReadOnlyList<string> Mediators,
    DateTimeOffset RegisteredAt, DateTimeOffset? AcceptedAt, DateTimeOffset? DueAt, DateTimeOffset? WarnFrom, DeadlineState? DeadlineState,
    DateTimeOffset? ConcludedAt, DateTimeOffset? ClosedAt, MediationOutcome? Outcome, string? OutcomeName, string? OutcomeNote,
    string? SuggestedChannel, SupervisionLevel? Supervision, string? SupervisionName, string? SupervisionNote, string? LeaderInCharge,
    IReadOnlyList<PartyView> Parties, IReadOnlyList<SessionView> Sessions, AgreementView? Agreement, IReadOnlyList<FollowUpView> FollowUps,
    IReadOnlyList<ExtensionView> Extensions, uint Version) : ICaseView
{
    public static DisputeView From(Dispute d, IReadOnlyDictionary<Guid, string> names, ICurrentUser user, DateTimeOffset now) => new(
        d.Id, d.Number, d.State, d.State.Label(), user.CanSee(d.HandlingScope) ? DisputeWorkflow.Definition.AllowedActions(d, user, now) : [],
        d.Source, d.Source.Label(), d.SourceModule, d.SourceRecordId, d.SweepId, d.Type, d.Type.Label(), d.Matter, d.Matter?.Label(),
        d.Subject, d.Description, d.OccurredOn, d.Location, d.ScopeCode, d.Level, d.Level.Label(), d.HandlingScope, d.Headcount,
        d.Amount, d.Risk, d.Risk.Label(), d.IsMajor, d.RelatedHazardId, d.RelatedHouseId, d.MediationType, d.MediationType?.Label(),
        d.Committee, d.Mediators, d.RegisteredAt, d.AcceptedAt, d.Deadline.Due, d.Deadline.WarnFrom, d.DeadlineStateAt(now),
        d.ConcludedAt, d.ClosedAt, d.Outcome, d.Outcome?.Label(), d.OutcomeNote, d.SuggestedChannel, d.Supervision.Level,
        d.Supervision.Level?.Label(), d.Supervision.Note, d.Leader.Name,
        d.Parties.OrderBy(p => p.Role).ThenBy(p => p.Id).Select(p => PartyView.From(p, names)).ToList(),
        d.Sessions.OrderBy(s => s.HeldAt).Select(s => new SessionView(s.Id, s.HeldAt, s.Place, s.Attendees, s.Record)).ToList(),
        d.Agreement is { } a ? AgreementView.From(a, d, names) : null,
        d.FollowUps.OrderBy(f => f.VisitedAt).Select(f => new FollowUpView(f.Id, f.VisitedAt, f.Visitor, f.Note, f.Satisfied)).ToList(),
        d.Extensions.OrderBy(e => e.RequestedAt).Select(ExtensionView.From).ToList(),
        d.Version);
}

internal sealed record PartyView(
    Guid Id, PartyRole Role, string RoleName, Guid? PersonId, Guid? OrganisationId, string Name, Consent Consent,
    string ConsentName, string? ConsentNote, bool IsSupervised)
{
    public static PartyView From(DisputeParty p, IReadOnlyDictionary<Guid, string> names) => new(
        p.Id, p.Role, p.Role.Label(), p.PersonId, p.OrganisationId, PartyNames.NameOf(p, names), p.Consent, p.Consent.Label(),
        p.ConsentNote, p.IsSupervised);
}

internal sealed record SessionView(Guid Id, DateTimeOffset HeldAt, string Place, string Attendees, string Record);

internal sealed record FollowUpView(Guid Id, DateTimeOffset VisitedAt, string Visitor, string Note, bool Satisfied);

internal sealed record ExtensionView(
    Guid Id, int Days, string Reason, ExtensionState State, string StateName, DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt,
    string? DecisionNote)
{
    public static ExtensionView From(CaseExtension e) =>
        new(e.Id, e.Days, e.Reason, e.State, e.State.Label(), e.RequestedAt, e.DecidedAt, e.DecisionNote);
}

internal sealed record SignatureView(SignerKind Kind, string KindName, Guid? PartyId, string SignerName, DateTimeOffset SignedAt);

internal sealed record ConfirmationView(
    ConfirmationState State, string StateName, string Court, DateTimeOffset AppliedAt, DateTimeOffset AcceptanceDueAt,
    DateTimeOffset? AcceptedAt, string? CaseNumber, DateTimeOffset? DecisionDueAt, DateTimeOffset? DecidedAt, string? Note);

internal sealed record AgreementView(
    Guid Id, AgreementForm Form, string FormName, string Facts, string Terms, string PerformanceMethod, DateOnly? PerformanceDeadline,
    DateTimeOffset ReachedAt, DateTimeOffset? EffectiveAt, IReadOnlyList<string> MissingSignatures, IReadOnlyList<SignatureView> Signatures,
    DateTimeOffset? PerformedAt, string? PerformanceNote, ConfirmationView? JudicialConfirmation)
{
    public static AgreementView From(Agreement a, Dispute d, IReadOnlyDictionary<Guid, string> names) => new(
        a.Id, a.Form, a.Form.Label(), a.Facts, a.Terms, a.PerformanceMethod, a.PerformanceDeadline, a.ReachedAt, a.EffectiveAt,
        d.MissingSignatures().Select(m => m.PartyId is { } party
            ? $"当事人 {PartyNames.NameOf(d.Parties.First(p => p.Id == party), names)}"
            : m.Kind.Label()).ToList(),
        a.Signatures.OrderBy(s => s.SignedAt).Select(s => new SignatureView(s.Kind, s.Kind.Label(), s.PartyId, s.SignerName, s.SignedAt)).ToList(),
        a.PerformedAt, a.PerformanceNote,
        a.Confirmation is { } c
            ? new ConfirmationView(c.State, c.State.Label(), c.Court, c.AppliedAt, c.AcceptanceDueAt, c.AcceptedAt, c.CaseNumber,
                c.DecisionDueAt, c.DecidedAt, c.Note)
            : null);
}
