using NuGet.Versioning;

namespace Governance.Host.Modules;

/// <summary>The host's version, which module manifests name in their <c>hostVersion</c> range.</summary>
public static class HostVersion
{
    public static NuGetVersion Current { get; } =
        new(typeof(HostVersion).Assembly.GetName().Version ?? new Version(0, 0));
}
