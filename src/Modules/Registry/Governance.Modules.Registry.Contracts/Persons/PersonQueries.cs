using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Registry.Contracts.Persons;

/// <summary>
/// The person with this id, or null. An id that was merged into another record (查重合并) resolves to the surviving
/// record, whose <see cref="PersonDto.Id"/> then differs from the one asked for. Not limited to the caller's
/// jurisdiction (the calling module scopes its own records); masking follows the current user's permission.
/// </summary>
public sealed record GetPersonById(Guid PersonId) : IQuery<PersonDto?>;

/// <summary>The person with this citizen ID (18 digits, or a legacy 15-digit number), or null. Invalid numbers get a 400.</summary>
public sealed record GetPersonByCitizenId(string CitizenId) : IQuery<PersonDto?>;

/// <summary>Summaries of up to 200 persons by id (merged ids resolve to the survivor); unknown ids are left out.</summary>
public sealed record GetPersonSummaries(IReadOnlyCollection<Guid> PersonIds) : IQuery<IReadOnlyList<PersonSummaryDto>>
{
    public const int MaxIds = 200;
}
