using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Registry.Contracts.Persons;

/// <summary>The person with this citizen ID (18 digits, or a legacy 15-digit number), or null. Invalid numbers get a 400.</summary>
public sealed record GetPersonByCitizenId(string CitizenId) : IQuery<PersonDto?>;
