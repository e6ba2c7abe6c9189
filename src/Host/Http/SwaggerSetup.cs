using Governance.Host.Modules;
using Governance.Platform.Abstractions;
using Microsoft.OpenApi;

namespace Governance.Host.Http;

/// <summary>One OpenAPI document per module (group name = module document name) plus one for the platform.</summary>
internal static class SwaggerSetup
{

    private const string BearerScheme = "Bearer";

    public static IServiceCollection AddModuleDocuments(this IServiceCollection services, ModuleRuntime runtime)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(PlatformNames.Document, new OpenApiInfo { Title = "平台 Platform", Version = HostVersion.Current.ToString() });
            foreach (var module in runtime.Modules)
            {
                options.SwaggerDoc(module.DocumentName, new OpenApiInfo
                {
                    Title = $"{module.Manifest.DisplayName} {module.Id}",
                    Version = module.Manifest.Version,
                });
            }

            options.DocInclusionPredicate((document, endpoint) => endpoint.GroupName == document);
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "POST /api/auth/token 返回的 accessToken（不带 Bearer 前缀）。The accessToken from POST /api/auth/token.",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [],
            });
            options.CustomSchemaIds(type => type.FullName?.Replace('+', '.'));
            options.OperationFilter<ExampleOperationFilter>();
        });
        return services;
    }

    public static WebApplication UseModuleDocuments(this WebApplication app, ModuleRuntime runtime)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint($"/swagger/{PlatformNames.Document}/swagger.json", "平台 Platform");
            foreach (var module in runtime.Modules)
            {
                options.SwaggerEndpoint($"/swagger/{module.DocumentName}/swagger.json", $"{module.Manifest.DisplayName} {module.Id}");
            }
        });
        return app;
    }
}
