using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Registry.Contracts.Organisations;

/// <summary>Summaries of up to 200 units by id; unknown ids are left out. Not limited to the caller's jurisdiction.</summary>
public sealed record GetOrganisationSummaries(IReadOnlyCollection<Guid> OrganisationIds) : IQuery<IReadOnlyList<OrganisationSummaryDto>>
{
    public const int MaxIds = 200;
}
