using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Governance.ReliabilityTests.OpenApi;

/// <summary>Reads an OpenAPI schema the way a client sees it: a nullable <c>oneOf</c>/<c>allOf</c> wrapper is its one real schema.</summary>
public static class SchemaFacts
{
    private static readonly (JsonSchemaType Flag, string Name)[] Types =
    [
        (JsonSchemaType.String, "string"), (JsonSchemaType.Integer, "integer"), (JsonSchemaType.Number, "number"),
        (JsonSchemaType.Boolean, "boolean"), (JsonSchemaType.Array, "array"), (JsonSchemaType.Object, "object"),
    ];

    /// <summary>The schema itself, or the one non-null schema of its <c>oneOf</c>, <c>anyOf</c> or <c>allOf</c>.</summary>
    public static IOpenApiSchema Unwrapped(this IOpenApiSchema schema)
    {
        var alternatives = schema.OneOf ?? schema.AnyOf ?? schema.AllOf;
        return schema.Type is null && alternatives is { Count: > 0 }
            ? alternatives.First(s => s.Type != JsonSchemaType.Null).Unwrapped()
            : schema;
    }

    public static string? JsonType(this IOpenApiSchema schema) =>
        schema.Unwrapped().Type is { } type ? Types.FirstOrDefault(t => type.HasFlag(t.Flag)).Name : null;

    public static IReadOnlyList<string> EnumValues(this IOpenApiSchema schema) =>
        schema.Unwrapped().Enum is { Count: > 0 } values
            ? values.OfType<JsonValue>().Select(v => v.ToString()).ToList()
            : [];
}
