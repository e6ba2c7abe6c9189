namespace Governance.Platform.Abstractions.Demo;

/// <summary>The villages of the demo county (shared by Registry, which owns the division codes).</summary>
public sealed record DemoRegions(IReadOnlyList<DemoVillage> Villages);
