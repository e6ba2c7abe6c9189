using System.Net;
using System.Text;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Host.Tests.Http;

/// <summary>Bad input gets a 4xx problem document saying what and where, and writes nothing.</summary>
public sealed class ProblemDetailsTests : IAsyncLifetime
{
    private readonly TestPluginsFolder _plugins = TestPluginsFolder.With("Sender");
    private string _database = "";
    private GovernanceApplication _host = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.CreateDatabaseAsync();
        _host = await TestHost.StartAsync(_plugins.Path, _database);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _plugins.Dispose();
    }

    [Fact]
    public async Task Field_validation_failure_is_400_with_field_errors_and_nothing_saved()
    {
        var response = await Post("""{"text":""}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Problem(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal("便签内容不能为空", problem.GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.Equal(0, await CountNotes());
    }

    [Fact]
    public async Task Malformed_json_is_400_saying_where()
    {
        var response = await Post("""{"text": 12""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem(response);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await CountNotes());
    }

    [Fact]
    public async Task Wrong_type_in_json_is_400_naming_the_field()
    {
        var response = await Post("""{"text":"ok","failuresBeforeSuccess":"many"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem(response);
        Assert.Equal("$.failuresBeforeSuccess", problem.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Unknown_record_is_404_problem()
    {
        var response = await _host.ClientAs(TestUsers.Administrator()).GetAsync($"/api/sender/notes/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("不存在", (await Problem(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_route_is_404_problem()
    {
        var response = await _host.Client().GetAsync("/api/nowhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await Problem(response)).GetProperty("status").GetInt32());
    }

    private Task<HttpResponseMessage> Post(string json) =>
        _host.ClientAs(TestUsers.Administrator()).PostAsync("/api/sender/notes", new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> Problem(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private Task<long> CountNotes() => Sql.Scalar<long>(_database, "SELECT count(*) FROM sender.notes");
}
