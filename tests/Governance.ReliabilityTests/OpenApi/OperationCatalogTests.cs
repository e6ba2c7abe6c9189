using Microsoft.OpenApi;

namespace Governance.ReliabilityTests.OpenApi;

public sealed class OperationCatalogTests(CountyHost county) : IClassFixture<CountyHost>
{
    private IReadOnlyList<ApiOperation> Operations => OperationCatalog.Of(county.Application);

    [Fact]
    public void Holds_every_document_of_the_host()
    {
        Assert.Equal(
            county.Application.Runtime.Modules.Select(m => m.DocumentName).Append("platform").Order(),
            Operations.Select(o => o.Document).Distinct().Order());
        Assert.True(Operations.Count > 100, $"only {Operations.Count} operations");
    }

    [Fact]
    public void Reads_a_record_operation_with_its_id_and_permission()
    {
        var operation = Operations.Single(o => o.Method == HttpMethod.Get && o.Path == "/api/registry/persons/{id}");

        Assert.True(operation.TakesRecordId);
        Assert.Equal(["registry.persons.read"], operation.Permissions);
        Assert.False(operation.AllowsAnonymous);
        Assert.Null(operation.Body);
    }

    [Fact]
    public void Reads_query_parameters_with_their_schema()
    {
        var operation = Operations.Single(o => o.Method == HttpMethod.Get && o.Path == "/api/platform/audit");

        Assert.Equal("integer", Query(operation, "pageSize").Type);
        Assert.Equal("date-time", Query(operation, "from").Format);
        Assert.Equal(["platform.audit.read"], operation.Permissions);
        var state = Query(Operations.Single(o => o.Method == HttpMethod.Get && o.Path == "/api/petitions"), "state");
        Assert.Contains("Registered", state.Enum);
    }

    // Parameters bound from a query record keep the record's property names, PascalCase; ASP.NET binds them regardless of case.
    private static ApiParameter Query(ApiOperation operation, string name) =>
        operation.QueryParameters.Single(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Reads_request_bodies_and_anonymous_operations()
    {
        var signIn = Operations.Single(o => o.Method == HttpMethod.Post && o.Path == "/api/auth/token");
        var calendarFile = Operations.Single(o => o.Method == HttpMethod.Post && o.Path == "/api/platform/calendar/{year}/file");

        Assert.True(signIn.AllowsAnonymous);
        Assert.True(signIn.Body!.IsJson);
        Assert.Contains("userName", signIn.Body.Schema.Unwrapped().Properties!.Keys);
        Assert.Equal("multipart/form-data", calendarFile.Body!.MediaType);
        Assert.Equal(ParameterLocation.Path, calendarFile.Parameters.Single().Location);
    }
}
