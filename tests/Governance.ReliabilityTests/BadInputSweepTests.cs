using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Governance.ReliabilityTests.Fuzzing;
using Governance.ReliabilityTests.OpenApi;
using Microsoft.OpenApi;

namespace Governance.ReliabilityTests;

/// <summary>
/// What an attacker probing the API sends, sent to every operation of every OpenAPI document the host serves: a JSON
/// <c>null</c> body, an empty body, <c>Accept: application/xml</c> on a record that does not exist, empty query values and
/// far dates. None may answer 5xx, and every 4xx is a problem document that says what is wrong and where.
/// </summary>
public sealed class BadInputSweepTests(CountyHost county) : IClassFixture<CountyHost>
{
    private const string FarDate = "9999-12-31";
    private const string Json = "application/json";
    private const string ProblemJson = Answer.ProblemJson;

    [Fact]
    public async Task Every_operation_answers_bad_input_with_a_problem_document_naming_the_field()
    {
        var client = county.ClientAs(county.HolderOfEveryPermission());
        var operations = OperationCatalog.Of(county.Application);
        Assert.True(operations.Count > 100, $"only {operations.Count} operations found");

        var failures = new List<string>();
        foreach (var operation in operations)
        {
            foreach (var probe in Probes(operation))
            {
                if (await FailureAsync(client, operation, probe) is { } failure)
                {
                    failures.Add($"{probe.Name} {operation.Method} {operation.Path}: {failure}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} bad answers:\n" + string.Join('\n', failures));
    }

    [Theory]
    [InlineData("/api/petitions/statistics?to=9999-12-31", "to")]
    [InlineData("/api/platform/deadline-rules/petitions.handling/due?start=9999-12-31", "start")]
    [InlineData("/api/petitions/statistics?regionCode=", "regionCode")]
    [InlineData("/api/registry/grids?regionCode=", "regionCode")]
    [InlineData("/api/registry/addresses?regionCode=", "regionCode")]
    [InlineData("/api/mediation/disputes?regionCode=", "regionCode")]
    public async Task A_far_date_or_an_empty_value_in_the_query_is_a_400_naming_it(string url, string field)
    {
        var response = await county.ClientAs(county.HolderOfEveryPermission()).GetAsync(url);

        Assert.NotEmpty((await FieldErrors(response, field)));
    }

    [Fact]
    public async Task A_sweep_dated_far_in_the_future_is_a_400_naming_the_date()
    {
        var response = await county.ClientAs(county.HolderOfEveryPermission()).PostAsync("/api/mediation/sweeps",
            Content($$"""{"regionCodes":["{{CountyHost.Shangbao}}"],"date":"{{FarDate}}"}""", Json));

        var problem = await ProblemAsync(response);
        Assert.Equal("$.date", problem.GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_calendar_list_holding_null_is_a_400_naming_the_item()
    {
        var response = await county.ClientAs(county.HolderOfEveryPermission()).PutAsync("/api/platform/calendar/2031", Content("[null]", Json));

        Assert.NotEmpty(await FieldErrors(response, "[0]"));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("")]
    public async Task A_petition_step_with_no_body_and_a_valid_if_match_is_a_400_naming_the_body(string body)
    {
        var clerk = county.PetitionClerk();
        var registered = await clerk.PostAsync("/api/petitions", Content(JsonSerializer.Serialize(new
        {
            channel = "Visit", category = "Claim", domain = "UrbanRuralConstruction", subject = "路灯不亮",
            content = "小区路灯损坏已一月", regionCode = CountyHost.Shangbao,
            petitionerPersonIds = new[] { await county.PersonAsync("孙路灯") }, headcount = 1,
        }), Json));
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        var petition = $"/api/petitions/{(await registered.Json()).GetProperty("petition").GetProperty("id").GetGuid()}";
        var etag = (await clerk.GetAsync(petition)).Headers.ETag!.Tag;

        foreach (var step in new[] { "accept", "reject", "answer" })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"{petition}/{step}") { Content = Content(body, Json) }.WithIfMatch(etag);
            var problem = await ProblemAsync(await clerk.SendAsync(request));
            Assert.Contains("body", problem.GetProperty("detail").GetString());
        }
    }

    private static IEnumerable<Probe> Probes(ApiOperation operation)
    {
        var url = Url(operation);
        var body = operation.Body?.MediaType;
        if (body == Json)
        {
            yield return new Probe("null body", "body", () => Request(operation, url, Content("null", Json)));
            yield return new Probe("empty body", "body", () => Request(operation, url, Content("", Json)));
            if (operation.Body!.Schema.JsonType() == "array")
            {
                yield return new Probe("null item in list body", "[0]", () => Request(operation, url, Content("[null]", Json)));
            }

            foreach (var list in ListFieldsOfBody(operation))
            {
                var json = $$"""{"{{list}}":[null]}""";
                yield return new Probe("null item in list field", list, () => Request(operation, url, Content(json, Json)));
            }

            foreach (var field in DateFieldsOfBody(operation))
            {
                var json = JsonSerializer.Serialize(new Dictionary<string, string> { [field.Name] = field.FarValue });
                yield return new Probe("far date in body", field.Name, () => Request(operation, url, Content(json, Json)));
            }
        }
        else if (body == "multipart/form-data")
        {
            yield return new Probe("broken multipart", "file", () => Request(operation, url,
                Content("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nab", "multipart/form-data; boundary=x")));
        }

        if (operation.TakesRecordId)
        {
            yield return new Probe("missing record, Accept XML", null, () =>
            {
                var request = Request(operation, url, body == Json ? Content("{}", Json) : null);
                request.Headers.Accept.ParseAdd("application/xml");
                return request;
            });
        }

        foreach (var parameter in operation.QueryParameters)
        {
            yield return new Probe("empty query value", parameter.Name, () => Request(operation, $"{url}?{parameter.Name}=", null));
            if (FarValue(parameter.Format) is { } far)
            {
                yield return new Probe("far date in query", parameter.Name, () => Request(operation, $"{url}?{parameter.Name}={far}", null));
            }
        }
    }

    private static async Task<string?> FailureAsync(HttpClient client, ApiOperation operation, Probe probe)
    {
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(probe.Request());
        }
        catch (Exception ex) when (ex is not HttpRequestException)
        {
            // The in-memory server hands the exception a real server would answer with an empty 500 to the client.
            return $"threw {ex.GetType().Name}: {ex.Message.Split('\n')[0]}";
        }

        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            return $"{status} {text}";
        }

        if (status < 400)
        {
            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType != ProblemJson)
        {
            return $"{status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}: {text}";
        }

        var problem = JsonDocument.Parse(text).RootElement;
        var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "";
        var errors = problem.TryGetProperty("errors", out var e) ? e.EnumerateObject().Select(p => p.Name).ToList() : [];
        if (detail.Length == 0 && errors.Count == 0)
        {
            return $"{status} without detail or errors: {text}";
        }

        // A 400 may name the probed field, or a required parameter the probe did not send.
        var named = probe.Field is null || status != 400
            || operation.QueryParameters.Where(p => p.Required).Select(p => p.Name).Append(probe.Field).Any(f => text.Contains(f, StringComparison.OrdinalIgnoreCase));
        return named ? null : $"{status} does not name {probe.Field}: {text}";
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<string[]> FieldErrors(HttpResponseMessage response, string field) =>
        (await ProblemAsync(response)).FieldErrors(field);

    private static StringContent Content(string text, string mediaType)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    private sealed record Probe(string Name, string? Field, Func<HttpRequestMessage> Request);

    private sealed record Field(string Name, string FarValue);

    // Known path values (a deadline rule's code, a year) so that a request reaches the code behind a date parameter rather
    // than stop at a 404; record ids name no record.
    private static string Url(ApiOperation operation)
    {
        var random = new Random(0);
        return operation.PathParameters.Aggregate(operation.Path, (url, parameter) => url.Replace(
            "{" + parameter.Name + "}", SampleValues.PathValue(parameter.Name, parameter.Format, random), StringComparison.Ordinal));
    }

    private static HttpRequestMessage Request(ApiOperation operation, string url, HttpContent? content)
    {
        var request = new HttpRequestMessage(operation.Method, url) { Content = content };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        return request;
    }

    private static IEnumerable<KeyValuePair<string, IOpenApiSchema>> BodyFields(ApiOperation operation) =>
        operation.Body!.Schema.Unwrapped().Properties ?? new Dictionary<string, IOpenApiSchema>();

    private static IEnumerable<string> ListFieldsOfBody(ApiOperation operation) =>
        BodyFields(operation).Where(p => p.Value.JsonType() == "array").Select(p => p.Key);

    private static IEnumerable<Field> DateFieldsOfBody(ApiOperation operation) =>
        BodyFields(operation).Select(p => (p.Key, Far: FarValue(p.Value.Unwrapped().Format)))
            .Where(p => p.Far is not null)
            .Select(p => new Field(p.Key, p.Far!));

    private static string? FarValue(string? format) => format switch
    {
        "date" => FarDate,
        "date-time" => FarDate + "T00:00:00+08:00",
        _ => null,
    };
}
