using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Governance.SharedKernel.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Governance.Host.Http;

/// <summary>Puts the examples an endpoint declares with <c>WithExamples</c> into its operation of the OpenAPI document.</summary>
internal sealed class ExampleOperationFilter : IOperationFilter
{
    private const string Json = "application/json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EndpointExample>().LastOrDefault() is not { } example)
        {
            return;
        }

        if (example.Request is not null && operation.RequestBody?.Content is { } requestContent)
        {
            MediaType(requestContent).Example = JsonSerializer.SerializeToNode(example.Request, Options);
        }

        var status = example.ResponseStatus.ToString(CultureInfo.InvariantCulture);
        if (example.Response is not null && operation.Responses is { } responses)
        {
            if (!responses.TryGetValue(status, out var response))
            {
                response = new OpenApiResponse { Description = status };
                responses[status] = response;
            }

            if (response is OpenApiResponse concrete)
            {
                concrete.Content ??= new Dictionary<string, IOpenApiMediaType>();
                MediaType(concrete.Content).Example = JsonSerializer.SerializeToNode(example.Response, Options);
            }
        }
    }

    private static OpenApiMediaType MediaType(IDictionary<string, IOpenApiMediaType> content)
    {
        content.TryGetValue(Json, out var existing);
        if (existing is OpenApiMediaType concrete)
        {
            return concrete;
        }

        var created = new OpenApiMediaType { Schema = existing?.Schema };
        content[Json] = created;
        return created;
    }
}
