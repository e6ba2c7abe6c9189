namespace Governance.SharedKernel.Identifiers;

/// <summary>The level of a statistical division code, from the province (省) down to the village (村/社区).</summary>
public enum RegionLevel
{
    Province = 1,
    City = 2,
    County = 3,
    Township = 4,
    Village = 5,
}
