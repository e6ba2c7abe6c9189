namespace Governance.ReliabilityTests.OpenApi;

/// <summary>One operation of one OpenAPI document the host serves.</summary>
/// <param name="Document">The document's name: <c>platform</c> or a module's document.</param>
/// <param name="Path">The path template as the document has it, <c>/api/petitions/{id}/accept</c>.</param>
/// <param name="Permissions">The permissions of which the operation requires one; empty when it requires none.</param>
/// <param name="AllowsAnonymous">Whether a caller without a token reaches it.</param>
/// <param name="AllowsAnySignedInUser">Whether it is open to every signed-in caller on purpose (<c>AllowAnySignedInUser</c>).</param>
public sealed record ApiOperation(
    string Document,
    HttpMethod Method,
    string Path,
    IReadOnlyList<ApiParameter> Parameters,
    ApiBody? Body,
    IReadOnlyList<string> Permissions,
    bool AllowsAnonymous,
    bool AllowsAnySignedInUser)
{
    public IEnumerable<ApiParameter> PathParameters => Parameters.Where(p => p.Location == Microsoft.OpenApi.ParameterLocation.Path);

    public IEnumerable<ApiParameter> QueryParameters => Parameters.Where(p => p.Location == Microsoft.OpenApi.ParameterLocation.Query);

    /// <summary>Whether the path names a record by its id (a <c>uuid</c> path parameter), as <c>/api/registry/persons/{id}</c> does.</summary>
    public bool TakesRecordId => PathParameters.Any(p => p.Format == "uuid");

    public override string ToString() => $"{Method} {Path}";
}
