using System.Text.RegularExpressions;
using Governance.Host;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace Governance.ReliabilityTests.OpenApi;

/// <summary>
/// Every operation of every OpenAPI document of a running host (the platform's and each module's), read in-process from
/// the typed documents Swashbuckle generates, with the permission each endpoint requires read from its metadata.
/// </summary>
public static partial class OperationCatalog
{
    private static readonly string[] BodyMediaTypes = ["application/json", "multipart/form-data"];

    public static IReadOnlyList<ApiOperation> Of(GovernanceApplication application)
    {
        var services = application.App.Services;
        var swagger = services.GetRequiredService<ISwaggerProvider>();
        var endpoints = services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .ToDictionary(d => Key(d.GroupName!, d.HttpMethod!, "/" + d.RelativePath), d => d.ActionDescriptor.EndpointMetadata);

        var operations = new List<ApiOperation>();
        foreach (var document in application.Runtime.Modules.Select(m => m.DocumentName).Prepend(PlatformNames.Document))
        {
            foreach (var (path, item) in Resolvable(swagger.GetSwagger(document)).Paths)
            {
                foreach (var (method, operation) in item.Operations ?? [])
                {
                    var metadata = endpoints.TryGetValue(Key(document, method.Method, path), out var found)
                        ? found
                        : throw new InvalidOperationException($"no endpoint for {method} {path} of {document}");
                    operations.Add(new ApiOperation(document, method, path,
                        (item.Parameters ?? []).Concat(operation.Parameters ?? []).Select(Parameter).ToList(),
                        Body(operation.RequestBody),
                        metadata.OfType<RequiredPermissions>().LastOrDefault()?.AnyOf ?? [],
                        metadata.OfType<IAllowAnonymous>().Any(),
                        metadata.OfType<AnySignedInUser>().Any()));
                }
            }
        }

        return operations;
    }

    // Swashbuckle's document is built, not read: its $refs resolve to their components once these are registered with it.
    private static OpenApiDocument Resolvable(OpenApiDocument document)
    {
        document.RegisterComponents();
        document.SetReferenceHostDocument();
        return document;
    }

    private static ApiParameter Parameter(IOpenApiParameter parameter) =>
        new(parameter.Name!, parameter.In!.Value, parameter.Required, parameter.Schema!);

    private static ApiBody? Body(IOpenApiRequestBody? body) =>
        body?.Content?.FirstOrDefault(c => BodyMediaTypes.Contains(c.Key)) is { Key: not null } content
            ? new ApiBody(content.Key, body.Required, content.Value.Schema!)
            : null;

    // The document's paths drop route constraints ({id:guid} is {id}) and a group's trailing slash, the API explorer's keep them.
    private static string Key(string document, string method, string path) =>
        $"{document} {method.ToUpperInvariant()} {RouteConstraint().Replace(path, "{$1}").TrimEnd('/')}";

    [GeneratedRegex(@"\{([^}:?=]+)[^}]*\}")]
    private static partial Regex RouteConstraint();
}
