using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Registry.Contracts.Events;

/// <summary>
/// A bulk import (台账导入) finished: persons were inserted or updated set-based, without one event per person.
/// Consumers that keep copies refresh the persons of <paramref name="ScopeCode"/> they hold.
/// </summary>
[IntegrationEvent("registry.persons-imported.v1")]
public sealed record PersonsImported(Guid ImportId, string ScopeCode, int Inserted, int Updated) : IntegrationEvent;
