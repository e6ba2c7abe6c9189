using Governance.SharedKernel.Data;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.TestPlugins.Receiver;

/// <summary>A test module that consumes the Sender's events: one steady handler and one flaky one.</summary>
public sealed class ReceiverModule : IModule
{
    public string Id => "Receiver";

    public IReadOnlyList<Type> DbContextTypes { get; } = [typeof(ReceiverDbContext)];

    public void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<ReceiverDbContext>(ReceiverDbContext.SchemaName);
        services.AddHandlersFrom(context.Assembly);
        services.AddScoped<InvocationLog>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => ReceivedNoteEndpoints.Map(endpoints);
}
