using Microsoft.OpenApi;

namespace Governance.ReliabilityTests.OpenApi;

/// <summary>A path or query parameter of an operation, with the facts of its schema a request generator needs.</summary>
public sealed record ApiParameter(string Name, ParameterLocation Location, bool Required, IOpenApiSchema Schema)
{
    /// <summary>The schema's JSON type without <c>null</c>: <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>array</c>, <c>object</c>.</summary>
    public string? Type => Schema.JsonType();

    public string? Format => Schema.Format;

    /// <summary>The allowed values, empty when the parameter is not an enum.</summary>
    public IReadOnlyList<string> Enum => Schema.EnumValues();
}
