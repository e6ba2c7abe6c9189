using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Registry.Contracts.Persons;

/// <summary>Summaries of up to 200 persons by id (merged ids resolve to the survivor); unknown ids are left out.</summary>
public sealed record GetPersonSummaries(IReadOnlyCollection<Guid> PersonIds) : IQuery<IReadOnlyList<PersonSummaryDto>>
{
    public const int MaxIds = 200;
}
