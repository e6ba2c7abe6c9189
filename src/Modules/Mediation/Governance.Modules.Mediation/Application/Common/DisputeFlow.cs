using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.WorkItems;
using Governance.SharedKernel.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>
/// The steps every dispute command shares: loading it for a change (jurisdiction, ETag), moving it through the state
/// machine with a timeline entry, the deadline of the handling level, and the events each change publishes.
/// </summary>
internal sealed class DisputeFlow(MediationDbContext db, ICurrentUser user, TimeProvider clock, IDeadlinePolicy deadlines)
{
    public const string PeopleMediationRule = "mediation.people";

    public ICurrentUser User => user;

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    /// <summary>The dispute with everything a command may change; 404 outside the caller's jurisdiction, 409 when stale.</summary>
    public async Task<Dispute> LoadAsync(Guid id, uint? expectedVersion, CancellationToken ct)
    {
        var dispute = await db.Disputes
            .Include(d => d.Parties).Include(d => d.Agreement).ThenInclude(a => a!.Signatures).Include(d => d.Extensions)
            .AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (dispute is null || !user.CanSee(dispute.ScopeCode))
        {
            throw new NotFoundException("矛盾纠纷不存在或不在您的辖区内");
        }

        EntityTags.EnsureCurrent(expectedVersion, dispute.Version, DisputeWorkflow.Record);
        return dispute;
    }

    /// <summary>As <see cref="LoadAsync"/>, and 403 unless the caller belongs to the level handling it now (or above).</summary>
    public async Task<Dispute> LoadForHandlingAsync(Guid id, uint expectedVersion, CancellationToken ct)
    {
        var dispute = await LoadAsync(id, expectedVersion, ct);
        user.EnsureWithinJurisdiction(dispute.HandlingScope, $"矛盾纠纷现由{dispute.Level.Label()}办理，办理层级");
        return dispute;
    }

    /// <summary>Takes <paramref name="action"/> through the state machine (422 when not allowed) and records the step.</summary>
    public void Apply(Dispute dispute, DisputeAction action, string? note)
    {
        var from = dispute.State;
        var to = DisputeWorkflow.Machine.Next(from, action, DisputeWorkflow.Record);
        dispute.State = to;
        dispute.UpdatedAt = Now;
        if (to.IsFinished())
        {
            dispute.ClosedAt ??= Now;
        }

        db.Steps.Add(DisputeStep.Of(dispute, user, Now, action, from, to, note));
    }

    /// <summary>A timeline entry that changes no state (a notice sent or not sent).</summary>
    public void Note(Dispute dispute, DisputeAction action, string note) =>
        db.Steps.Add(DisputeStep.Of(dispute, user, Now, action, null, null, note));

    /// <summary>The handling level's time limit (rule <c>mediation.people</c>, level variant) from <paramref name="start"/>.</summary>
    public async Task StartClockAsync(Dispute dispute, DateTimeOffset start, CancellationToken ct)
    {
        var deadline = await deadlines.DueAsync(
            new DeadlineRequest(PeopleMediationRule, start, dispute.ScopeCode[..2], dispute.Level.LevelCode()), ct);
        (dispute.DueAt, dispute.WarnFrom) = (deadline.Due, deadline.WarnFrom);
    }

    public Task<Deadline> DeadlineAsync(string rule, DateTimeOffset start, Dispute dispute, CancellationToken ct) =>
        deadlines.DueAsync(new DeadlineRequest(rule, start, dispute.ScopeCode[..2]), ct);

    /// <summary>The to-do list entry of the dispute as it is now (publish on every change).</summary>
    public void PublishWorkItem(Dispute dispute) => db.Publish(new WorkItemChanged(
        "Mediation", dispute.Id.ToString(), "dispute", $"{dispute.Number} {dispute.Subject}", dispute.ScopeCode,
        dispute.HandlingDepartment, dispute.AssigneeId, dispute.State.Label(), dispute.RegisteredAt, dispute.DueAt,
        dispute.WarnFrom, dispute.ClosedAt) { OccurredAt = Now });

    /// <summary>The mediation ended: tell the referring module (and anyone else) how.</summary>
    public void PublishConcluded(Dispute dispute, MediationOutcome outcome)
    {
        dispute.Outcome = outcome;
        dispute.ConcludedAt = Now;
        var agreement = outcome == MediationOutcome.Settled ? dispute.Agreement : null;
        db.Publish(new DisputeConcluded(
            dispute.Id, dispute.Number, dispute.ScopeCode, dispute.SourceModule, dispute.SourceRecordId, outcome,
            agreement?.Id, agreement is null ? null : Summary(agreement.Terms), dispute.SuggestedChannel, Now) { OccurredAt = Now });
    }

    private static string Summary(string terms) => terms.Length <= 200 ? terms : terms[..199] + "…";
}
