using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Petitions.Domain;

/// <summary>One step on a petition's timeline (办理过程); the kit fills it in when the petition is saved.</summary>
internal sealed class PetitionStep : TimelineEntry
{
    private PetitionStep()
    {
    }

    public PetitionStep(Guid petitionId) => PetitionId = petitionId;

    public Guid PetitionId { get; private set; }
}
