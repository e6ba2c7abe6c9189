namespace Governance.Platform.Abstractions;

public static class PlatformNames
{
    /// <summary>Who the platform is where a module id would stand: audit rows, permission sources, startup errors.</summary>
    public const string Id = "platform";

    /// <summary>The OpenAPI document of the host's and the platform services' endpoints.</summary>
    public const string Document = "platform";
}
