using Governance.Modules.Registry.Contracts.Persons;
using Governance.SharedKernel.Auditing;

namespace Governance.Modules.Registry.Application.Persons;

/// <summary>A person as a use case returns it, with the version its ETag carries.</summary>
internal sealed record RegisteredPerson(PersonDto Person, uint Version) : IAuditedResult
{
    string? IAuditedResult.AuditRecordId => Person.Id.ToString();
}
