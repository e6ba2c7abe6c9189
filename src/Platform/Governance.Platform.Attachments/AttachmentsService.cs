using Governance.Platform.Abstractions;

namespace Governance.Platform.Attachments;

/// <summary>Files attached to any module's records, stored by the platform, authorised by the record's module.</summary>
public sealed class AttachmentsService : IPlatformService
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AttachmentOptions.Section).Get<AttachmentOptions>() ?? new AttachmentOptions();
        services.AddSingleton(options);
        services.AddScoped<RecordAccess>();
        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            services.AddScoped<IAttachmentStore, DatabaseAttachmentStore>();
        }
        else
        {
            services.AddScoped<IAttachmentStore, FolderAttachmentStore>();
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAttachmentEndpoints();
}
