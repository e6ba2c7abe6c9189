namespace Governance.Platform.Abstractions.Demo;

/// <summary>How far one contributor is: <paramref name="Done"/> of <paramref name="Total"/> units of <paramref name="Step"/>.</summary>
public sealed record DemoProgress(string Step, long Done, long Total);
