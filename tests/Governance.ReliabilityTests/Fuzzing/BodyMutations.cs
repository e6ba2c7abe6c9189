using System.Text.Json.Nodes;
using Governance.ReliabilityTests.OpenApi;

namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>Spoiled JSON bodies: the whole body, or one value of it chosen by the seed.</summary>
public static class BodyMutations
{
    private const string Marker = "__fuzz_raw_value__";

    public static readonly Mutation[] All =
    [
        Whole("null body", "null"),
        Whole("empty body", ""),
        Whole("list body", "[]"),
        Whole("text body", "\"text\""),
        Whole("number body", "42"),
        new("broken JSON", (draft, random) => Serialized(draft) is { Length: > 1 } json
            ? new("broken JSON", draft.WithRawBody(json[..random.Next(1, json.Length)]))
            : null),
        new("byte order mark", (draft, _) => Serialized(draft) is { } json ? new("byte order mark", draft.WithRawBody("\uFEFF" + json)) : null),
        new("deep nesting", (draft, random) => Raw(draft, random, _ => true, "deep nesting",
            new string('[', 5000) + new string(']', 5000))),
        new("deep nesting of objects", (draft, random) => Raw(draft, random, _ => true, "deep nesting of objects",
            string.Concat(Enumerable.Repeat("{\"a\":", 3000)) + "1" + new string('}', 3000))),
        Field("1 MB string", f => f.Schema.JsonType() == "string", (_, _) => HostileValues.Megabyte),
        Field("wrong type", _ => true, (f, random) => f.Schema.JsonType() switch
        {
            "string" => random.Next(2) == 0 ? 12345 : new JsonArray("a"),
            "integer" or "number" => "abc",
            "boolean" => "yes",
            "array" => new JsonObject(),
            _ => "text",
        }),
        new("missing field", (draft, random) => Pick(draft, random, f => f.Path.Count > 0) is { } field
            ? new($"missing {field}", draft.WithField(field, null, remove: true))
            : null),
        Field("null value", _ => true, (_, _) => null),
        Field("hostile text", f => f.Schema.JsonType() == "string", (f, random) => HostileValues.Text.Pick(random)),
        Field("unknown enum value", f => f.Schema.EnumValues().Count > 0, (_, random) => HostileValues.Enums.Pick(random)),
        new("enum as number", (draft, random) => Raw(draft, random, f => f.Schema.EnumValues().Count > 0, "enum as number",
            random.Next(2) == 0 ? "99" : "-1")),
        new("overflowing number", (draft, random) => Raw(draft, random, f => f.Schema.JsonType() is "integer" or "number", "overflowing number",
            new[] { "2147483648", "-2147483649", "99999999999999999999", "1e400", "-0.0000001", "1.5" }.Pick(random))),
        Field("negative number", f => f.Schema.JsonType() is "integer" or "number", (_, _) => -1),
        Field("bad GUID", f => f.Schema.Format == "uuid", (_, random) => HostileValues.Uuids.Pick(random)),
        Field("unknown GUID", f => f.Schema.Format == "uuid", (_, random) => SampleValues.Uuid(random).ToString()),
        Field("bad date", f => f.Schema.Format == "date", (_, random) => HostileValues.Dates.Pick(random)),
        Field("bad date-time", f => f.Schema.Format == "date-time", (_, random) => HostileValues.DateTimes.Pick(random)),
        new("lone surrogate", (draft, random) => Raw(draft, random, f => f.Schema.JsonType() == "string", "lone surrogate", "\"\\ud800x\"")),
        Field("huge list", f => f.Schema.JsonType() == "array", (f, _) => new JsonArray([.. Enumerable.Range(0, 10_000).Select(i => JsonValue.Create(i))])),
        new("unknown property", (draft, random) => draft.Body?.Json is JsonObject
            ? new("unknown property", draft.WithField(new BodyField(["fuzzUnknown"], draft.Operation.Body!.Schema), "x"))
            : null),
    ];

    private static Mutation Whole(string name, string body) =>
        new(name, (draft, _) => draft.Body is null ? null : new(name, draft.WithRawBody(body)));

    private static Mutation Field(string name, Func<BodyField, bool> fits, Func<BodyField, Random, JsonNode?> value) =>
        new(name, (draft, random) => Pick(draft, random, fits) is { } field
            ? new($"{name} at {field}", draft.WithField(field, value(field, random)))
            : null);

    // A value JSON nodes cannot hold (a number beyond double, a lone surrogate, 5000 levels): written into the serialized body.
    private static Mutated? Raw(RequestDraft draft, Random random, Func<BodyField, bool> fits, string name, string raw) =>
        Pick(draft, random, fits) is { } field
            ? new($"{name} at {field}", draft.WithRawBody(Serialized(draft.WithField(field, Marker))!
                .Replace($"\"{Marker}\"", raw, StringComparison.Ordinal)))
            : null;

    private static BodyField? Pick(RequestDraft draft, Random random, Func<BodyField, bool> fits)
    {
        if (draft.Body is null)
        {
            return null;
        }

        var fields = draft.Body.Fields.Where(fits).ToList();
        return fields.Count == 0 ? null : fields[random.Next(fields.Count)];
    }

    private static string? Serialized(RequestDraft draft) => draft.Body is null ? null : draft.ToRequest().Body;
}
