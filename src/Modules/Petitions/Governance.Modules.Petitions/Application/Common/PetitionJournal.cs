using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.WorkItems;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Petitions.Application.Common;

/// <summary>
/// Records every change of a petition: the step on its timeline and the platform's work-item event, so that the
/// to-do lists follow its state, department, assignee and deadline.
/// </summary>
internal sealed class PetitionJournal(PetitionsDbContext db, ICurrentUser user, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Moves the petition by <paramref name="action"/> (422 when not allowed now) and records the step.</summary>
    public void Transition(Petition petition, PetitionAction action, string? note, ICurrentUser? actor = null)
    {
        var from = petition.State;
        petition.State = PetitionWorkflow.Machine.Next(from, action, PetitionWorkflow.Record);
        if (PetitionWorkflow.IsClosed(petition.State))
        {
            petition.ClosedAt = Now;
            petition.Runs(null);
        }

        Write(petition, action, from, petition.State, note, actor);
    }

    /// <summary>The first step: the petition was registered in its initial state.</summary>
    public void Registered(Petition petition, string? note) => Write(petition, PetitionAction.Register, null, petition.State, note, null);

    /// <summary>Saves the change (so the returned version is the new ETag) and shows the petition.</summary>
    public async Task<PetitionView> SavedAsync(Petition petition, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return PetitionView.From(petition, Now);
    }

    /// <summary>Records a step that does not change the state (督办, 延期, 转调解 …).</summary>
    public void Step(Petition petition, PetitionAction action, string? note, ICurrentUser? actor = null) =>
        Write(petition, action, null, null, note, actor);

    private void Write(Petition petition, PetitionAction action, PetitionState? from, PetitionState? to, string? note, ICurrentUser? actor)
    {
        petition.UpdatedAt = Now;
        db.Steps.Add(new PetitionStep(petition.Id, actor ?? user, Now, action, from, to, note));
        db.Publish(new WorkItemChanged(
            "Petitions", petition.Id.ToString(), "petition", $"{petition.TrackingNumber} {petition.Subject}", petition.ScopeCode,
            petition.HandlingDepartment, petition.LeaderId, petition.State.Label(), petition.ReceivedAt, petition.CurrentDue,
            petition.CurrentWarnFrom, petition.ClosedAt)
        {
            OccurredAt = Now,
        });
        if (petition.ReportedUpAt is { } reportedAt)
        {
            // 重大紧急: a to-do of its own for the county level, open until the petition is closed.
            db.Publish(new WorkItemChanged(
                "Petitions", $"{petition.Id}/report-up", "petition-major-report",
                $"重大紧急信访事项上报：{petition.TrackingNumber} {petition.Subject}", $"{petition.ScopeCode[..6]}000000", null, null,
                petition.ClosedAt is null ? "待县级处置" : "已办结", reportedAt, null, null, petition.ClosedAt)
            {
                OccurredAt = Now,
            });
        }
    }
}
