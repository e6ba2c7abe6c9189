using Governance.Modules.Registry.Contracts.Persons;
using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Registry.Contracts.Events;

/// <summary>
/// A person was registered in the person master (one record per citizen ID). Like every person event it carries ids
/// and scope codes, never ID or phone numbers: a consumer that needs them asks <see cref="GetPersonById"/>.
/// </summary>
[IntegrationEvent("registry.person-registered.v1")]
public sealed record PersonRegistered(Guid PersonId, string ScopeCode, PopulationType PopulationType) : IntegrationEvent;
