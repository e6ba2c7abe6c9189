namespace Governance.SharedKernel.Security;

/// <summary>Endpoint metadata naming the permissions of which <c>RequireAnyPermission</c> requires one.</summary>
public sealed record RequiredPermissions(IReadOnlyList<string> AnyOf);
