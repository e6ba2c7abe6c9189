using System.Text.Json.Nodes;
using Governance.ReliabilityTests.OpenApi;
using Microsoft.OpenApi;

namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>Makes a valid JSON body from an operation's schema, every property filled with a plausible value.</summary>
public sealed class BodyGenerator(SampleValues samples)
{
    private const int MaxDepth = 5;

    public GeneratedBody Generate(IOpenApiSchema schema, Random random)
    {
        var fields = new List<BodyField>();
        var json = Value(schema, "body", [], fields, random);
        return new GeneratedBody(json, fields);
    }

    private JsonNode? Value(IOpenApiSchema schema, string name, IReadOnlyList<object> path, List<BodyField> fields, Random random)
    {
        var real = schema.Unwrapped();
        fields.Add(new BodyField(path, real));
        if (path.Count > MaxDepth)
        {
            return null;
        }

        switch (real.JsonType())
        {
            case "object":
                var record = new JsonObject();
                foreach (var (property, propertySchema) in real.Properties ?? new Dictionary<string, IOpenApiSchema>())
                {
                    record[property] = Value(propertySchema, property, [.. path, property], fields, random);
                }

                return record;
            case "array":
                // No item (an id of a record the run lacks) makes an empty list; objects come in pairs (a dispute's two parties).
                var known = fields.Count;
                switch (Value(real.Items ?? new OpenApiSchema(), name, [.. path, 0], fields, random))
                {
                    case null:
                        fields.RemoveRange(known, fields.Count - known);
                        return new JsonArray();
                    case JsonObject item:
                        return new JsonArray(item, Value(real.Items!, name, [.. path, 1], [], random));
                    case var item:
                        return new JsonArray(item);
                }
            case var type:
                return samples.For(name, type, real.Format, real.EnumValues(), path.OfType<int>().LastOrDefault(), random);
        }
    }
}
