using Governance.Host.Platform;
using Governance.SharedKernel.Time;

namespace Governance.Host.Deadlines;

internal static class DeadlinesSetup
{
    public static IServiceCollection AddDeadlinePolicy(this IServiceCollection services)
    {
        services.AddSingleton<DeadlinePolicy>();
        services.AddSingleton<IDeadlinePolicy>(provider => provider.GetRequiredService<DeadlinePolicy>());
        services.AddScoped<IPlatformSeeder, DeadlineRuleSeeder>();
        return services;
    }
}
