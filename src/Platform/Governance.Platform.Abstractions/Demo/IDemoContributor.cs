namespace Governance.Platform.Abstractions.Demo;

/// <summary>
/// A module's share of the demo county (<c>--seed-demo</c>). Contributors run in the modules' dependency order, so
/// a module finds on <see cref="DemoCounty"/> what the modules it depends on shared. Records must be ones the
/// module's own API would accept.
/// </summary>
public interface IDemoContributor
{
    /// <summary>The module's id; it also derives the contributor's random numbers from the seed.</summary>
    string ModuleId { get; }

    /// <summary>Why the county cannot be built again here (one sentence, Chinese), or null.</summary>
    Task<string?> RefusalAsync(string countyCode, CancellationToken cancellationToken);

    Task ContributeAsync(DemoCounty county, IProgress<DemoProgress> progress, CancellationToken cancellationToken);
}
