using Governance.Host.Platform;
using Governance.SharedKernel.Time;

namespace Governance.Host.Calendar;

internal static class CalendarSetup
{
    public static IServiceCollection AddWorkCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CalendarOptions>().Bind(configuration.GetSection(CalendarOptions.Section));
        services.AddSingleton<WorkCalendar>();
        services.AddSingleton<IWorkCalendar>(provider => provider.GetRequiredService<WorkCalendar>());
        services.AddScoped<IPlatformSeeder, CalendarSeeder>();
        return services;
    }
}
