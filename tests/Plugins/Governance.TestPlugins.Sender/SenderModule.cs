using Governance.SharedKernel.Attachments;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.TestPlugins.Sender;

/// <summary>A test module that writes notes and publishes <c>sender.note-created.v1</c> through its outbox.</summary>
public sealed class SenderModule : IModule
{
    public string Id => "Sender";

    public IReadOnlyList<Type> DbContextTypes { get; } = [typeof(SenderDbContext)];

    public void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<SenderDbContext>(SenderDbContext.SchemaName);
        services.AddHandlersFrom(context.Assembly);
        services.AddScoped<IRecordAccess, NoteAccess>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => NoteEndpoints.Map(endpoints);
}
