namespace Governance.Platform.Abstractions.Demo;

/// <summary>A village or community of the demo county, with its township (12- and 9-digit codes).</summary>
public sealed record DemoVillage(string Code, string Name, string TownshipCode, string TownshipName);
