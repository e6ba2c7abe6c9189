using System.Net.Http.Headers;
using System.Text;
using Governance.ReliabilityTests.Fuzzing;
using Governance.ReliabilityTests.OpenApi;

namespace Governance.ReliabilityTests.Authorisation;

/// <summary>
/// Turns an operation into the matrix's requests: one for each guarded record of the collection its path names (the
/// record's key in place of the first path parameter), one for each attachment where the path names an attachment or
/// the record it hangs on, and one with no record for the lists, statistics and exports. Bodies and query values are the
/// fuzzer's valid ones, so that a refusal comes from who asks, not from what is asked.
/// </summary>
internal sealed class MatrixRequests(SampleValues samples)
{
    private const string Attachments = "/api/attachments";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];

    private readonly BodyGenerator _bodies = new(samples);
    private readonly Dictionary<ApiOperation, HashSet<string>> _asked = [];

    public IEnumerable<MatrixRequest> For(ApiOperation operation, GuardedRecords guarded)
    {
        var path = operation.PathParameters.ToList();
        if (path.Count == 0)
        {
            yield return new MatrixRequest(operation, WithRequiredQuery(operation, operation.Path), null);
            yield break;
        }

        if (path.Select(p => p.Name).Order().SequenceEqual(["module", "recordId", "recordType"]))
        {
            foreach (var attachment in guarded.Attachments)
            {
                var url = operation.Path.Replace("{module}", attachment.Record.Module).Replace("{recordType}", attachment.RecordType)
                    .Replace("{recordId}", attachment.Record.Key);
                yield return new MatrixRequest(operation, WithRequiredQuery(operation, url), attachment.Record);
            }

            yield break;
        }

        var first = path[0];
        var collection = operation.Path[..operation.Path.IndexOf("/{" + first.Name + "}", StringComparison.Ordinal)];
        var records = collection == Attachments
            ? guarded.Attachments.Select(a => a.Record with { Collection = Attachments, KeyName = first.Name, Key = a.Id.ToString() })
            : guarded.Records.Where(r => r.Collection == collection && r.KeyName == first.Name).Take(1);
        foreach (var record in records)
        {
            yield return new MatrixRequest(operation, WithRequiredQuery(operation, Filled(operation.Path.Replace("{" + first.Name + "}", record.Key), path.Skip(1))), record);
        }

        if (!guarded.Records.Any(r => r.Collection == collection) && collection != Attachments)
        {
            yield return new MatrixRequest(operation, WithRequiredQuery(operation, Filled(operation.Path, path)), null);
        }
    }

    /// <summary>The same request about a record that does not exist, when the record's key is an id.</summary>
    public static (MatrixRequest Request, string Key)? ForAnotherRecord(MatrixRequest request)
    {
        if (request.Record is not { } record || !Guid.TryParse(record.Key, out _))
        {
            return null;
        }

        var key = Guid.NewGuid().ToString();
        return (request with { Url = request.Url.Replace(record.Key, key, StringComparison.Ordinal), Record = null }, key);
    }

    /// <summary>The url with a valid value for each query parameter the operation requires or was found to ask for.</summary>
    public string WithRequiredQuery(ApiOperation operation, string url)
    {
        var asked = _asked.GetValueOrDefault(operation) ?? [];
        var values = operation.QueryParameters.Where(p => p.Required || asked.Contains(p.Name))
            .Select(p => $"{p.Name}={Uri.EscapeDataString(SampleValue(p))}").ToList();
        return values.Count == 0 ? url : $"{url}?{string.Join('&', values)}";
    }

    /// <summary>
    /// Learns the query parameters an operation asks for beyond those its document marks required (a report's month):
    /// those a 400 to the township's user names.
    /// </summary>
    public async Task LearnQueriesAsync(IEnumerable<ApiOperation> operations, HttpClient owner)
    {
        foreach (var operation in operations.Where(o => o.Method == HttpMethod.Get && !o.PathParameters.Any()))
        {
            var response = await owner.GetAsync(WithRequiredQuery(operation, operation.Path));
            if (response.StatusCode != System.Net.HttpStatusCode.BadRequest)
            {
                continue;
            }

            var problem = await response.Content.ReadAsStringAsync();
            var named = operation.QueryParameters.Select(p => p.Name)
                .Where(n => problem.Contains($"\"{n}\"", StringComparison.OrdinalIgnoreCase)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (named.Count > 0)
            {
                _asked[operation] = named;
            }
        }
    }

    /// <summary>The request as <paramref name="etag"/>'s holder would send it: a JSON object, or a small PNG for a file upload.</summary>
    public HttpRequestMessage Message(MatrixRequest request, string? etag)
    {
        var message = new HttpRequestMessage(request.Operation.Method, request.Url);
        if (request.Operation.Body is { } body)
        {
            message.Content = body.IsJson
                ? new StringContent(_bodies.Generate(body.Schema, new Random(1)).Json?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json")
                : PngUpload();
        }

        if (etag is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return message;
    }

    /// <summary>A small PNG in the multipart field <c>file</c>, as an upload sends it.</summary>
    public static MultipartFormDataContent PngUpload()
    {
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "file", "照片.png" } };
    }

    private string Filled(string url, IEnumerable<ApiParameter> parameters) =>
        parameters.Aggregate(url, (filled, p) => filled.Replace("{" + p.Name + "}", SampleValues.PathValue(p.Name, p.Format, new Random(1))));

    private string SampleValue(ApiParameter parameter) =>
        samples.For(parameter.Name, parameter.Type, parameter.Format, parameter.Enum, 0, new Random(1))?.ToString() ?? "";
}
