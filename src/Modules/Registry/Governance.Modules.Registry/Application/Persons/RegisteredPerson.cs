using Governance.Modules.Registry.Contracts.Persons;

namespace Governance.Modules.Registry.Application.Persons;

/// <summary>A person as a use case returns it, with the version its ETag carries.</summary>
internal sealed record RegisteredPerson(PersonDto Person, uint Version);
