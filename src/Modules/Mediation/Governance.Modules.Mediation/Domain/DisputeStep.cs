using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Mediation.Domain;

/// <summary>One step on a dispute's timeline (办理过程); the kit fills it in when the dispute is saved.</summary>
internal sealed class DisputeStep(Guid disputeId) : TimelineEntry
{
    public Guid DisputeId { get; private set; } = disputeId;
}
