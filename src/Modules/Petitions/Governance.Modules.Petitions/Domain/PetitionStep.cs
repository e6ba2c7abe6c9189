using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Petitions.Domain;

/// <summary>One step on a petition's timeline (办理过程).</summary>
internal sealed class PetitionStep : TimelineEntry
{
    private PetitionStep()
    {
    }

    public PetitionStep(
        Guid petitionId, ICurrentUser user, DateTimeOffset at, PetitionAction action, PetitionState? from, PetitionState? to, string? note)
    {
        PetitionId = petitionId;
        Stamp(user, at, action, from, to, note);
    }

    public Guid PetitionId { get; private set; }
}
