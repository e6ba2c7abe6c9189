using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Host.Tests.Http;

/// <summary>
/// Every refusal is an <c>application/problem+json</c> document with a detail, whatever the client accepts — also those the
/// framework answers without a body: an unknown route, a wrong method or body type, an over-long URL, the rate limiter.
/// </summary>
public sealed class RefusalProblemsTests : IAsyncLifetime
{
    private const string ProblemJson = "application/problem+json";

    private readonly TestPluginsFolder _plugins = TestPluginsFolder.With("Sender");
    private string _database = "";
    private GovernanceApplication _host = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.CreateDatabaseAsync();
        _host = await TestHost.StartAsync(_plugins.Path, _database, new Dictionary<string, string?>
        {
            ["Auth:SignInLimit:Burst"] = "1",
            ["Audit:TrustForwardedFor"] = "true",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _plugins.Dispose();
    }

    [Fact]
    public async Task A_missing_record_asked_for_as_xml_is_a_json_404_problem()
    {
        var response = await Send(HttpMethod.Get, $"/api/sender/notes/{Guid.NewGuid()}", accept: "application/xml");

        var problem = await Problem(response, HttpStatusCode.NotFound);
        Assert.Contains("不存在", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Field_errors_asked_for_as_xml_keep_their_body()
    {
        var response = await Send(HttpMethod.Post, "/api/sender/notes", Json("""{"text":""}"""), "application/xml");

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal("便签内容不能为空", problem.GetProperty("errors").GetProperty("text")[0].GetString());
    }

    [Fact]
    public async Task An_unknown_route_asked_for_by_a_browser_is_a_json_404_problem()
    {
        var response = await Send(HttpMethod.Get, "/api/nowhere", accept: "text/html");

        var problem = await Problem(response, HttpStatusCode.NotFound);
        Assert.Contains("/api/nowhere", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem_naming_the_allowed_ones()
    {
        var response = await Send(HttpMethod.Delete, "/api/sender/notes");

        var problem = await Problem(response, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("POST", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_of_the_wrong_type_is_a_415_problem()
    {
        var response = await Send(HttpMethod.Post, "/api/sender/notes", new StringContent("text=hello", Encoding.UTF8, "text/plain"));

        var problem = await Problem(response, HttpStatusCode.UnsupportedMediaType);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task An_over_long_url_is_a_414_problem()
    {
        var response = await Send(HttpMethod.Get, $"/api/sender/notes/{Guid.NewGuid()}?q={new string('x', 5000)}");

        var problem = await Problem(response, HttpStatusCode.RequestUriTooLong);
        Assert.Contains("4096", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_truncated_multipart_upload_is_a_400_naming_the_file_field()
    {
        var content = new StringContent("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nab", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        var response = await Send(HttpMethod.Post, $"/api/attachments/sender/note/{Guid.NewGuid()}", content);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _), problem.ToString());
    }

    [Fact]
    public async Task The_rate_limiter_refuses_with_a_429_problem_and_retry_after()
    {
        await SignIn();
        var response = await SignIn();

        var problem = await Problem(response, HttpStatusCode.TooManyRequests);
        Assert.Contains("重试", problem.GetProperty("detail").GetString());
        Assert.NotNull(response.Headers.RetryAfter);
    }

    private Task<HttpResponseMessage> SignIn()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token")
        {
            Content = JsonContent.Create(new { userName = "nobody", password = "wrong-password-1" }),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        return _host.Client().SendAsync(request);
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string url, HttpContent? content = null, string? accept = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return _host.ClientAs(TestUsers.Administrator()).SendAsync(request);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
