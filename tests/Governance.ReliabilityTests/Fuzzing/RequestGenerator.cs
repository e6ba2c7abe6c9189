using Governance.ReliabilityTests.OpenApi;

namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>
/// The valid request to an operation that a mutation then spoils: the run's records in the path, a generated body, and the
/// record's current ETag in <c>If-Match</c> for a change to a record, so that only the mutation stands between it and success.
/// </summary>
public sealed class RequestGenerator(HttpClient client, RunRecords records, BodyGenerator bodies)
{
    private const string Multipart = "multipart/form-data; boundary=fuzz";

    private const string MultipartCsv =
        "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\n" +
        "date,kind,name\r\n2031-01-01,Holiday,元旦\r\n--fuzz--\r\n";

    public async Task<RequestDraft> ValidAsync(ApiOperation operation, Random random)
    {
        var values = new Dictionary<string, string>();
        string? record = null;
        foreach (var parameter in operation.PathParameters)
        {
            var collection = operation.Path[..operation.Path.IndexOf("{" + parameter.Name + "}", StringComparison.Ordinal)].TrimEnd('/');
            var key = records.KeyIn(collection);
            values[parameter.Name] = key ?? SampleValues.PathValue(parameter.Name, parameter.Format, random);
            if (key is not null)
            {
                record = $"{collection}/{key}";
            }
        }

        List<KeyValuePair<string, string>> headers = [];
        if (record is not null && operation.Method != HttpMethod.Get && await ETagAsync(record) is { } etag)
        {
            headers.Add(new("If-Match", etag));
        }

        return operation.Body switch
        {
            { IsJson: true } body => new RequestDraft(operation, values, [], headers, bodies.Generate(body.Schema, random), null, "application/json"),
            { } => new RequestDraft(operation, values, [], headers, null, MultipartCsv, Multipart),
            null => new RequestDraft(operation, values, [], headers, null, null, null),
        };
    }

    private async Task<string?> ETagAsync(string record)
    {
        using var response = await client.GetAsync(record);
        return response.Headers.ETag?.Tag;
    }
}
