using System.Text.Json.Nodes;
using Governance.ReliabilityTests.OpenApi;

namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>
/// A request to one operation before it is sent, in the parts a mutation changes: path values, query, headers and the body
/// as JSON (with the fields it was generated from) or as raw text once a mutation has made it something JSON cannot hold.
/// </summary>
public sealed record RequestDraft(
    ApiOperation Operation,
    IReadOnlyDictionary<string, string> PathValues,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    GeneratedBody? Body,
    string? RawBody,
    string? ContentType)
{
    public FuzzRequest ToRequest()
    {
        var path = PathValues.Aggregate(Operation.Path,
            (url, value) => url.Replace("{" + value.Key + "}", Uri.EscapeDataString(value.Value), StringComparison.Ordinal));
        var query = Query.Count == 0 ? "" : "?" + string.Join('&', Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
        return new FuzzRequest(Operation.Method, path + query, Headers, RawBody ?? Body?.Json?.ToJsonString() ?? (Body is null ? null : "null"), ContentType);
    }

    public RequestDraft WithHeader(string name, string value) =>
        this with { Headers = [.. Headers.Where(h => !h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)), new(name, value)] };

    public RequestDraft WithQuery(string name, string value) => this with { Query = [.. Query, new(name, value)] };

    public RequestDraft WithRawBody(string body) => this with { RawBody = body };

    /// <summary>The body with the value at <paramref name="field"/> replaced (or removed, for <paramref name="remove"/>).</summary>
    public RequestDraft WithField(BodyField field, JsonNode? value, bool remove = false)
    {
        var root = Body!.Json?.DeepClone();
        if (field.Path.Count == 0)
        {
            return this with { Body = Body with { Json = value } };
        }

        var parent = field.Path.SkipLast(1).Aggregate(root, (node, step) => step is int index ? node?[index] : node?[(string)step]);
        switch (parent, field.Path[^1])
        {
            case (JsonObject item, string property) when remove:
                item.Remove(property);
                break;
            case (JsonObject item, string property):
                item[property] = value;
                break;
            case (JsonArray list, int index) when remove:
                list.RemoveAt(index);
                break;
            case (JsonArray list, int index):
                list[index] = value;
                break;
        }

        return this with { Body = Body with { Json = root } };
    }
}
