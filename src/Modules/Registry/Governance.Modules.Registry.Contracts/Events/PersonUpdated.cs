using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Registry.Contracts.Events;

/// <summary>A person's record changed; <paramref name="ChangedFields"/> names the fields (camelCase) that changed.</summary>
[IntegrationEvent("registry.person-updated.v1")]
public sealed record PersonUpdated(Guid PersonId, string ScopeCode, IReadOnlyList<string> ChangedFields) : IntegrationEvent;
