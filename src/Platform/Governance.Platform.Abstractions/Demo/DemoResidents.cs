namespace Governance.Platform.Abstractions.Demo;

/// <summary>What Registry created, by village code: person ids, house ids and organisation ids.</summary>
public sealed record DemoResidents(
    IReadOnlyDictionary<string, Guid[]> PersonsByVillage,
    IReadOnlyDictionary<string, Guid[]> HousesByVillage,
    IReadOnlyDictionary<string, Guid[]> OrganisationsByVillage);
