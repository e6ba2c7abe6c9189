using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Registry.Contracts.Events;

/// <summary>
/// Two records were found to be the same person: <paramref name="MergedPersonId"/> no longer exists and every
/// reference to it should point at <paramref name="SurvivingPersonId"/>.
/// </summary>
[IntegrationEvent("registry.persons-merged.v1")]
public sealed record PersonsMerged(Guid SurvivingPersonId, Guid MergedPersonId, string ScopeCode, string Reason) : IntegrationEvent;
