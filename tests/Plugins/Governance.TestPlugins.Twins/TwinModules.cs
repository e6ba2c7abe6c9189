using Governance.SharedKernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.TestPlugins.Twins;

// A deliberately broken plugin: two IModule classes in one assembly must stop the host.
public sealed class FirstTwinModule : IModule
{
    public string Id => "Twins";

    public IReadOnlyList<Type> DbContextTypes => [];

    public void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}

public sealed class SecondTwinModule : IModule
{
    public string Id => "Twins";

    public IReadOnlyList<Type> DbContextTypes => [];

    public void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
