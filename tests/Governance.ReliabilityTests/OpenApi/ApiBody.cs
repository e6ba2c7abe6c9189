using Microsoft.OpenApi;

namespace Governance.ReliabilityTests.OpenApi;

/// <summary>The request body an operation takes: its media type (<c>application/json</c>, <c>multipart/form-data</c>) and schema.</summary>
public sealed record ApiBody(string MediaType, bool Required, IOpenApiSchema Schema)
{
    public bool IsJson => MediaType == "application/json";
}
