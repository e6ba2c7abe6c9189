using Governance.Platform.Abstractions;
using Governance.Platform.Abstractions.Auditing;
using Governance.SharedKernel.Auditing;

namespace Governance.Platform.Auditing;

/// <summary>The audit trail: every command and sensitive read, sign-ins and refused requests, in one hash chain.</summary>
public sealed class AuditingService : IPlatformService
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section));
        services.AddSingleton<AuditWriter>();
        services.AddSingleton<IClientAddress, ClientAddress>();
        services.AddScoped<ICommandAuditor, CommandAuditor>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<ISignInAudit, SignInAudit>();
        services.AddScoped<AuditChainVerifier>();
        services.AddSingleton<AuditChainer>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditChainer>());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAuditEndpoints();
}
