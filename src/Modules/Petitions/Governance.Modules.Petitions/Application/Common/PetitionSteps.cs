using Governance.Modules.Petitions.Application.Petitions;
using Governance.SharedKernel.Cases;

namespace Governance.Modules.Petitions.Application.Common;

/// <summary>The petitions' step endpoints: each answers the fresh petition (<see cref="PetitionView"/>) and its ETag.</summary>
internal static class PetitionSteps
{
    public static readonly CaseSteps<PetitionView> Steps = new((mediator, id, ct) => mediator.Send(new GetPetition(id), ct));
}
