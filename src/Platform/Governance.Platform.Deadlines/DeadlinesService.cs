using Governance.Platform.Abstractions;
using Governance.Platform.Abstractions.Time;
using Governance.SharedKernel.Time;

namespace Governance.Platform.Deadlines;

/// <summary>
/// The deadline policy (<see cref="IDeadlinePolicy"/>) over rules held as data, on the work calendar; its cache
/// refreshes as <c>Calendar:RefreshInterval</c> says.
/// </summary>
public sealed class DeadlinesService : IPlatformService
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DeadlinePolicy>();
        services.AddSingleton<IDeadlinePolicy>(provider => provider.GetRequiredService<DeadlinePolicy>());
        services.AddScoped<IPlatformSeeder, DeadlineRuleSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapDeadlineRuleEndpoints();
}
