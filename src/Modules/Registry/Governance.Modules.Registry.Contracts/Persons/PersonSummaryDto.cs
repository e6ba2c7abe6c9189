using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Contracts.Persons;

/// <summary>What other modules show in a list or a heading: name, sex, age and masked-or-not identifiers.</summary>
public sealed record PersonSummaryDto(
    Guid Id,
    string Name,
    Sex Sex,
    int Age,
    string CitizenId,
    string? Phone,
    string ScopeCode,
    PopulationType PopulationType,
    bool Masked);
