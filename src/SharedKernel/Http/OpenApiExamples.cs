using Microsoft.AspNetCore.Builder;

namespace Governance.SharedKernel.Http;

/// <summary>A request and response example an endpoint shows in its module's OpenAPI document (/swagger).</summary>
public sealed record EndpointExample(object? Request, object? Response, int ResponseStatus);

public static class OpenApiExampleExtensions
{
    /// <summary>
    /// Shows <paramref name="request"/> as the body example and <paramref name="response"/> as the example of the
    /// <paramref name="status"/> response, written as the API writes JSON (camelCase, enums by name).
    /// </summary>
    public static RouteHandlerBuilder WithExamples(this RouteHandlerBuilder builder, object? request, object? response, int status = 200) =>
        builder.WithMetadata(new EndpointExample(request, response, status));
}
