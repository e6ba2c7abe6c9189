using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Registry.Contracts.Events;

/// <summary>A house (实有房屋) was registered; rental houses are what floating-population and safety modules follow.</summary>
[IntegrationEvent("registry.house-registered.v1")]
public sealed record HouseRegistered(Guid HouseId, Guid AddressId, string ScopeCode, bool IsRental, Guid? OwnerPersonId)
    : IntegrationEvent;
