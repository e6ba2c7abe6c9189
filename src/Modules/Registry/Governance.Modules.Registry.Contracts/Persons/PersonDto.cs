using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Contracts.Persons;

/// <summary>
/// A person of the Registry's person master (实有人口). <see cref="CitizenId"/> and <see cref="Phone"/> are masked
/// (<see cref="Masked"/> = true) unless the current user may see personal data; every unmasked read is audited.
/// </summary>
public sealed record PersonDto(
    Guid Id,
    string CitizenId,
    string Name,
    Sex Sex,
    DateOnly BirthDate,
    string Ethnicity,
    string EthnicityName,
    string? HouseholdRegionCode,
    string? HouseholdAddress,
    string CurrentRegionCode,
    string? GridCode,
    string CurrentAddress,
    string ScopeCode,
    string? Phone,
    PopulationType PopulationType,
    bool Masked,
    DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt);
