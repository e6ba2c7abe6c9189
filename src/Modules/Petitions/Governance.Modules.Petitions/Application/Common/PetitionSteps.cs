using Governance.Modules.Petitions.Application.Petitions;
using Governance.SharedKernel.Cases;

namespace Governance.Modules.Petitions.Application.Common;

/// <summary>The petitions' step endpoints: each answers what <c>GET /api/petitions/{id}</c> does (<see cref="PetitionDetail"/>) and its ETag.</summary>
internal static class PetitionSteps
{
    public static readonly CaseSteps<PetitionDetail> Steps = new((mediator, id, ct) => mediator.Send(new GetPetitionDetail(id), ct));
}
