using System.Net.Http.Headers;
using System.Text;
using Governance.ReliabilityTests.OpenApi;

namespace Governance.ReliabilityTests.Authorisation;

/// <summary>
/// Turns an operation into the matrix's requests: one for each guarded record of the collection its path names (the
/// record's key in place of the first path parameter), one for each attachment where the path names an attachment or
/// the record it hangs on, and one with no record for the lists, statistics and exports.
/// </summary>
internal static class MatrixRequests
{
    private const string Attachments = "/api/attachments";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];

    // Path values that reach the code behind an operation that takes no record, rather than stop at a 404.
    private static readonly Dictionary<string, string> KnownPathValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["code"] = "petitions.handling",
        ["year"] = "2031",
    };

    public static IEnumerable<MatrixRequest> For(ApiOperation operation, GuardedRecords guarded)
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

    /// <summary>The url with a plausible value for each query parameter the operation requires.</summary>
    public static string WithRequiredQuery(ApiOperation operation, string url)
    {
        var required = operation.QueryParameters.Where(p => p.Required).Select(p => $"{p.Name}={Uri.EscapeDataString(SampleValue(p))}").ToList();
        return required.Count == 0 ? url : $"{url}?{string.Join('&', required)}";
    }

    /// <summary>The request as <paramref name="etag"/>'s holder would send it: a JSON object, or a small PNG for a file upload.</summary>
    public static HttpRequestMessage Message(MatrixRequest request, string? etag)
    {
        var message = new HttpRequestMessage(request.Operation.Method, request.Url);
        if (request.Operation.Body is { } body)
        {
            message.Content = body.IsJson ? new StringContent("{}", Encoding.UTF8, "application/json") : PngUpload();
        }

        if (etag is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return message;
    }

    private static MultipartFormDataContent PngUpload()
    {
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "file", "照片.png" } };
    }

    private static string Filled(string url, IEnumerable<ApiParameter> parameters) =>
        parameters.Aggregate(url, (filled, p) => filled.Replace("{" + p.Name + "}", p.Format == "uuid" ? Guid.NewGuid().ToString()
            : KnownPathValues.TryGetValue(p.Name, out var known) ? known : SampleValue(p)));

    private static string SampleValue(ApiParameter parameter) => parameter switch
    {
        { Enum: [var first, ..] } => first,
        { Format: "date" } => DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd"),
        { Format: "date-time" } => DateTime.Today.ToString("yyyy-MM-dd") + "T00:00:00+08:00",
        { Format: "uuid" } => Guid.NewGuid().ToString(),
        { Type: "integer" or "number" } => "1",
        { Type: "boolean" } => "true",
        _ when parameter.Name.Contains("region", StringComparison.OrdinalIgnoreCase) => CountyHost.Shangbao,
        _ => "x",
    };
}
