using Governance.SharedKernel.Auditing;

namespace Governance.Host.Auditing;

internal static class AuditingSetup
{
    public static IServiceCollection AddAuditing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section));
        services.AddSingleton<AuditWriter>();
        services.AddScoped<ICommandAuditor, CommandAuditor>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<SignInAudit>();
        services.AddScoped<AuditChainVerifier>();
        return services;
    }
}
