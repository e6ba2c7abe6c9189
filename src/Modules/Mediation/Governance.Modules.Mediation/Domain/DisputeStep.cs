using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Mediation.Domain;

/// <summary>One step on a dispute's timeline (办理过程).</summary>
internal sealed class DisputeStep : TimelineEntry
{
    public Guid DisputeId { get; private set; }

    public static DisputeStep Of(Dispute dispute, ICurrentUser user, DateTimeOffset at, DisputeAction action, DisputeState? from, DisputeState? to, string? note)
    {
        var step = new DisputeStep { DisputeId = dispute.Id };
        step.Stamp(user, at, action, from, to, note);
        return step;
    }
}
