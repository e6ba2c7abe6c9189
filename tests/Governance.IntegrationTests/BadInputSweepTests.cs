using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Governance.Platform.Abstractions;
using Governance.Platform.Accounts.Security;
using Governance.SharedKernel.Security;

namespace Governance.IntegrationTests;

/// <summary>
/// What an attacker probing the API sends, sent to every operation of every OpenAPI document the host serves: a JSON
/// <c>null</c> body, an empty body, <c>Accept: application/xml</c> on a record that does not exist, empty query values and
/// far dates. None may answer 5xx, and every 4xx is a problem document that says what is wrong and where.
/// </summary>
public sealed class BadInputSweepTests(CountyHost county) : IClassFixture<CountyHost>
{
    private const string FarDate = "9999-12-31";
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task Every_operation_answers_bad_input_with_a_problem_document_naming_the_field()
    {
        var client = county.ClientAs(Caller());
        var operations = await OperationsAsync(client);
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
        var response = await county.ClientAs(Caller()).GetAsync(url);

        Assert.NotEmpty((await FieldErrors(response, field)));
    }

    [Fact]
    public async Task A_sweep_dated_far_in_the_future_is_a_400_naming_the_date()
    {
        var response = await county.ClientAs(Caller()).PostAsync("/api/mediation/sweeps",
            Content($$"""{"regionCodes":["{{CountyHost.Shangbao}}"],"date":"{{FarDate}}"}""", Json));

        var problem = await ProblemAsync(response);
        Assert.Equal("$.date", problem.GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_calendar_list_holding_null_is_a_400_naming_the_item()
    {
        var response = await county.ClientAs(Caller()).PutAsync("/api/platform/calendar/2031", Content("[null]", Json));

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

    // A county caller holding every permission of the installation, so that every request gets past authorisation.
    private TokenSubject Caller() => TestUsers.User(CountyHost.County, null, county.Application.Runtime.Modules
        .SelectMany(m => m.Manifest.Permissions.Select(p => p.Name))
        .Concat([PlatformPermissions.Administer, PlatformPermissions.ReadAudit, PlatformPermissions.ViewPersonalData])
        .ToArray());

    private async Task<IReadOnlyList<Operation>> OperationsAsync(HttpClient client)
    {
        var documents = county.Application.Runtime.Modules.Select(m => m.DocumentName).Prepend(PlatformNames.Document);
        var operations = new List<Operation>();
        foreach (var name in documents)
        {
            var document = (await client.GetAsync($"/swagger/{name}/swagger.json").Ok()).Clone();
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                foreach (var method in path.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "patch" or "delete"))
                {
                    operations.Add(new Operation(document, path.Name, new HttpMethod(method.Name.ToUpperInvariant()), method.Value));
                }
            }
        }

        return operations;
    }

    private static IEnumerable<Probe> Probes(Operation operation)
    {
        var url = operation.Url();
        var body = operation.BodyMediaType();
        if (body == Json)
        {
            yield return new Probe("null body", "body", () => operation.Request(url, Content("null", Json)));
            yield return new Probe("empty body", "body", () => operation.Request(url, Content("", Json)));
            if (operation.BodyIsList())
            {
                yield return new Probe("null item in list body", "[0]", () => operation.Request(url, Content("[null]", Json)));
            }

            foreach (var list in operation.ListFieldsOfBody())
            {
                var json = $$"""{"{{list}}":[null]}""";
                yield return new Probe("null item in list field", list, () => operation.Request(url, Content(json, Json)));
            }

            if (operation.DateFieldsOfBody() is { Count: > 0 } dateFields)
            {
                foreach (var field in dateFields)
                {
                    var json = JsonSerializer.Serialize(new Dictionary<string, string> { [field.Name] = field.FarValue });
                    yield return new Probe("far date in body", field.Name, () => operation.Request(url, Content(json, Json)));
                }
            }
        }
        else if (body == "multipart/form-data")
        {
            yield return new Probe("broken multipart", "file", () => operation.Request(url,
                Content("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nab", "multipart/form-data; boundary=x")));
        }

        if (operation.HasIdInPath)
        {
            yield return new Probe("missing record, Accept XML", null, () =>
            {
                var request = operation.Request(url, body == Json ? Content("{}", Json) : null);
                request.Headers.Accept.ParseAdd("application/xml");
                return request;
            });
        }

        foreach (var parameter in operation.QueryParameters())
        {
            yield return new Probe("empty query value", parameter.Name, () => operation.Request($"{url}?{parameter.Name}=", null));
            if (parameter.FarValue is { } far)
            {
                yield return new Probe("far date in query", parameter.Name, () => operation.Request($"{url}?{parameter.Name}={far}", null));
            }
        }
    }

    private static async Task<string?> FailureAsync(HttpClient client, Operation operation, Probe probe)
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
            || operation.RequiredParameters().Append(probe.Field).Any(f => text.Contains(f, StringComparison.OrdinalIgnoreCase));
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

    private sealed record QueryParameter(string Name, string? FarValue);

    private sealed record Operation(JsonElement Document, string Path, HttpMethod Method, JsonElement Definition)
    {
        // Path values a request needs to reach the code behind a date parameter rather than stop at a 404.
        private static readonly Dictionary<string, string> KnownPathValues = new(StringComparer.OrdinalIgnoreCase)
        {
            ["code"] = "petitions.handling",
            ["year"] = "2031",
        };

        public bool HasIdInPath => Parameters("path").Any(p => Format(p) == "uuid");

        public string Url()
        {
            var url = Path;
            foreach (var parameter in Parameters("path"))
            {
                var name = parameter.GetProperty("name").GetString()!;
                var value = Format(parameter) == "uuid" ? Guid.NewGuid().ToString()
                    : KnownPathValues.TryGetValue(name, out var known) ? known
                    : Type(parameter) == "integer" ? "1" : "x";
                url = url.Replace("{" + name + "}", value, StringComparison.Ordinal);
            }

            return url;
        }

        public HttpRequestMessage Request(string url, HttpContent? content)
        {
            var request = new HttpRequestMessage(Method, url) { Content = content };
            request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            return request;
        }

        public string? BodyMediaType() =>
            Definition.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content)
                ? content.EnumerateObject().Select(c => c.Name).FirstOrDefault(n => n is Json or "multipart/form-data")
                : null;

        public bool BodyIsList() =>
            Resolve(Definition.GetProperty("requestBody").GetProperty("content").GetProperty(Json).GetProperty("schema"))
                .TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "array";

        public IEnumerable<string> RequiredParameters() =>
            Parameters("query").Where(p => p.TryGetProperty("required", out var r) && r.GetBoolean())
                .Select(p => p.GetProperty("name").GetString()!);

        public IEnumerable<QueryParameter> QueryParameters() =>
            Parameters("query").Select(p => new QueryParameter(p.GetProperty("name").GetString()!, FarValue(Format(p))));

        public IEnumerable<string> ListFieldsOfBody()
        {
            var schema = Resolve(Definition.GetProperty("requestBody").GetProperty("content").GetProperty(Json).GetProperty("schema"));
            return schema.TryGetProperty("properties", out var properties)
                ? properties.EnumerateObject().Where(p => Resolve(p.Value).TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                    && t.GetString() == "array").Select(p => p.Name).ToList()
                : [];
        }

        public IReadOnlyList<Field> DateFieldsOfBody()
        {
            var schema = Resolve(Definition.GetProperty("requestBody").GetProperty("content").GetProperty(Json).GetProperty("schema"));
            if (!schema.TryGetProperty("properties", out var properties))
            {
                return [];
            }

            return properties.EnumerateObject()
                .Select(p => (p.Name, Far: FarValue(Format(Resolve(p.Value)))))
                .Where(p => p.Far is not null)
                .Select(p => new Field(p.Name, p.Far!))
                .ToList();
        }

        private static string? FarValue(string? format) => format switch
        {
            "date" => FarDate,
            "date-time" => FarDate + "T00:00:00+08:00",
            _ => null,
        };

        private IEnumerable<JsonElement> Parameters(string location) =>
            Definition.TryGetProperty("parameters", out var parameters)
                ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == location)
                : [];

        private string? Format(JsonElement parameterOrSchema)
        {
            var schema = parameterOrSchema.TryGetProperty("schema", out var s) ? Resolve(s) : parameterOrSchema;
            return schema.TryGetProperty("format", out var format) ? format.GetString() : null;
        }

        private string? Type(JsonElement parameter) =>
            parameter.TryGetProperty("schema", out var s) && Resolve(s).TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                ? type.GetString()
                : null;

        private JsonElement Resolve(JsonElement schema)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!.Split('/')[^1];
                return Resolve(Document.GetProperty("components").GetProperty("schemas").GetProperty(name));
            }

            return schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf) || schema.TryGetProperty("allOf", out oneOf)
                ? Resolve(oneOf.EnumerateArray().First(s => !s.TryGetProperty("type", out var t) || t.ValueKind != JsonValueKind.String || t.GetString() != "null"))
                : schema;
        }
    }
}
