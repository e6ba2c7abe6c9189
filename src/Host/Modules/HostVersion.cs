using NuGet.Versioning;

namespace Governance.Host.Modules;

/// <summary>The host's version, which module manifests name in their <c>hostVersion</c> range.</summary>
public static class HostVersion
{
    public static NuGetVersion Current { get; } = From(typeof(HostVersion).Assembly.GetName().Version ?? new Version(0, 0, 0));

    private static NuGetVersion From(Version version) => new(version.Major, version.Minor, Math.Max(version.Build, 0));
}
