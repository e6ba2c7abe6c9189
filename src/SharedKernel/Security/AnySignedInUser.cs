namespace Governance.SharedKernel.Security;

/// <summary>
/// Endpoint metadata saying that every signed-in caller may use the endpoint (reference data such as code tables), so
/// that an endpoint with neither this nor <see cref="RequiredPermissions"/> stands out as a forgotten permission check.
/// </summary>
public sealed class AnySignedInUser
{
    public static readonly AnySignedInUser Instance = new();

    private AnySignedInUser()
    {
    }
}
