using Governance.Platform.Abstractions;

namespace Governance.Platform.WorkItems;

/// <summary>The to-do lists (待办) across every module, kept from the modules' <c>platform.work-item-changed.v1</c> events.</summary>
public sealed class WorkItemsService : IPlatformService
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<ReadableModules>();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapWorkItemEndpoints();
}
