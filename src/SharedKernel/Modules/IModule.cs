using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.SharedKernel.Modules;

/// <summary>
/// The one entry point of a module plugin. Every plugin assembly holds exactly one public class implementing it,
/// with a parameterless constructor; the host creates it, asks it for services and endpoints and migrates its
/// DbContexts in dependency order before it starts listening.
/// </summary>
public interface IModule
{
    /// <summary>The module id; must equal the <c>id</c> of the plugin's <c>module.json</c>.</summary>
    string Id { get; }

    /// <summary>
    /// The module's DbContexts, migrated by the host. The first one also holds the module's outbox and inbox.
    /// </summary>
    IReadOnlyList<Type> DbContextTypes { get; }

    /// <summary>Registers the module's services; scan only the module's own assembly.</summary>
    void ConfigureServices(IServiceCollection services, ModuleContext context);

    /// <summary>Optional Autofac registrations the service collection cannot express.</summary>
    void ConfigureContainer(ContainerBuilder builder)
    {
    }

    /// <summary>Maps the module's endpoints on a group already rooted at <c>/api/&lt;id-kebab&gt;</c>.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Runs once after every enabled module is migrated, before the host listens (seed data here).</summary>
    Task OnStartedAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
