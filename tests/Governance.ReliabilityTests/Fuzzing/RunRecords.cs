using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Governance.ReliabilityTests.OpenApi;

namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>
/// Records the run creates before fuzzing, one per creation endpoint that takes the generated valid body, so that mutated
/// requests to <c>/api/petitions/{id}/…</c> meet a real petition and reach the handler rather than a 404.
/// </summary>
public sealed class RunRecords
{
    private readonly Dictionary<string, string> _keys = [];

    /// <summary>Creation endpoints (a POST without path parameters) whose generated body made a record, and those it did not.</summary>
    public List<string> Created { get; } = [];

    public List<string> NotCreated { get; } = [];

    public static async Task<RunRecords> CreateAsync(
        HttpClient client, IEnumerable<ApiOperation> operations, BodyGenerator bodies, SampleValues samples, Random random)
    {
        var records = new RunRecords();
        foreach (var creation in operations.Where(o => o.Method == HttpMethod.Post && !o.PathParameters.Any() && o.Body is { IsJson: true }))
        {
            var body = bodies.Generate(creation.Body!.Schema, random).Json?.ToJsonString() ?? "null";
            var response = await client.PostAsync(creation.Path, new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")));
            var text = await response.Content.ReadAsStringAsync();
            var key = response.IsSuccessStatusCode ? Key(JsonDocument.Parse(text).RootElement) : null;
            if (key is null)
            {
                records.NotCreated.Add($"{creation.Path} ({(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]})");
                continue;
            }

            records._keys[creation.Path] = key;
            samples.Remember(creation.Path, key);
            records.Created.Add(creation.Path);
        }

        return records;
    }

    /// <summary>The key of the run's record in the collection <paramref name="collection"/> (the path before <c>/{id}</c>).</summary>
    public string? KeyIn(string collection) => _keys.GetValueOrDefault(collection);

    // A creation answers its record, or wraps it ({"petition": {...}}), or lists what it opened ({"sweepIds": [...]}).
    private static string? Key(JsonElement element) =>
        Find(element, p => p.Name == "id" ? p.Value : null)
        ?? Find(element, p => p.Name == "code" ? p.Value : null)
        ?? Find(element, p => p.Name.EndsWith("Ids", StringComparison.Ordinal) && p.Value.GetArrayLength() > 0 ? p.Value[0] : null);

    private static string? Find(JsonElement element, Func<JsonProperty, JsonElement?> key)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (key(property) is { ValueKind: JsonValueKind.String } value)
            {
                return value.GetString();
            }
        }

        return element.EnumerateObject().Select(p => Find(p.Value, key)).FirstOrDefault(k => k is not null);
    }
}
