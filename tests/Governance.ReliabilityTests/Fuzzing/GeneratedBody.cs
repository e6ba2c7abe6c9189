using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>A valid JSON body and where each of its values sits, with the schema it was made from.</summary>
public sealed record GeneratedBody(JsonNode? Json, IReadOnlyList<BodyField> Fields);

/// <summary>A value of a generated body: its path of property names and list indexes from the root, and its schema.</summary>
public sealed record BodyField(IReadOnlyList<object> Path, IOpenApiSchema Schema)
{
    public override string ToString() => Path.Count == 0 ? "body" : string.Join('.', Path);
}
