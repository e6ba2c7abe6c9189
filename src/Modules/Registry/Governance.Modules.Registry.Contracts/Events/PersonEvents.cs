using Governance.Modules.Registry.Contracts.Persons;
using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Registry.Contracts.Events;

// Events carry ids and scope codes, never ID or phone numbers: a consumer that needs them asks GetPersonById.

/// <summary>A person was registered in the person master (one record per citizen ID).</summary>
[IntegrationEvent("registry.person-registered.v1")]
public sealed record PersonRegistered(Guid PersonId, string ScopeCode, PopulationType PopulationType) : IntegrationEvent;

/// <summary>A person's record changed; <paramref name="ChangedFields"/> names the fields (camelCase) that changed.</summary>
[IntegrationEvent("registry.person-updated.v1")]
public sealed record PersonUpdated(Guid PersonId, string ScopeCode, IReadOnlyList<string> ChangedFields) : IntegrationEvent;

/// <summary>
/// Two records were found to be the same person: <paramref name="MergedPersonId"/> no longer exists and every
/// reference to it should point at <paramref name="SurvivingPersonId"/>.
/// </summary>
[IntegrationEvent("registry.persons-merged.v1")]
public sealed record PersonsMerged(Guid SurvivingPersonId, Guid MergedPersonId, string ScopeCode, string Reason) : IntegrationEvent;

/// <summary>
/// A bulk import (台账导入) finished: persons were inserted or updated set-based, without one event per person.
/// Consumers that keep copies refresh the persons of <paramref name="ScopeCode"/> they hold.
/// </summary>
[IntegrationEvent("registry.persons-imported.v1")]
public sealed record PersonsImported(Guid ImportId, string ScopeCode, int Inserted, int Updated) : IntegrationEvent;
