using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Registry.Contracts.Persons;

/// <summary>
/// The person with this id, or null. An id that was merged into another record (查重合并) resolves to the surviving
/// record, whose <see cref="PersonDto.Id"/> then differs from the one asked for. Not limited to the caller's
/// jurisdiction (the calling module scopes its own records); masking follows the current user's permission.
/// </summary>
public sealed record GetPersonById(Guid PersonId) : IQuery<PersonDto?>;
