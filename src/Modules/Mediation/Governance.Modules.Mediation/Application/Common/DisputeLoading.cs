using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Application.Common;

internal static class DisputeLoading
{
    /// <summary>The dispute a step changes, with its parties and agreement; 404 outside the caller's jurisdiction, 409 when stale.</summary>
    public static Task<Dispute> ForChangeAsync(this MediationDbContext db, DisputeCommand command, CaseActs acts, CancellationToken ct) =>
        db.Disputes.Include(d => d.Parties).Include(d => d.Agreement).ThenInclude(a => a!.Signatures).AsSplitQuery()
            .ForChangeAsync(DisputeWorkflow.Definition, acts.User, command.CaseId, command.ExpectedVersion, ct);

    /// <summary>As <see cref="ForChangeAsync"/>, and 403 unless the caller belongs to the level handling it now (or above).</summary>
    public static async Task<Dispute> ForHandlingAsync(this MediationDbContext db, DisputeCommand command, CaseActs acts, CancellationToken ct)
    {
        var dispute = await db.ForChangeAsync(command, acts, ct);
        acts.User.EnsureWithinJurisdiction(dispute.HandlingScope, $"矛盾纠纷现由{dispute.Level.Label()}办理，办理层级");
        return dispute;
    }
}
