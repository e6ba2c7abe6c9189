using Governance.Platform.Abstractions;
using Governance.Platform.Abstractions.Calendar;
using Governance.Platform.Abstractions.Time;
using Governance.SharedKernel.Time;

namespace Governance.Platform.Calendar;

/// <summary>The work calendar (<see cref="IWorkCalendar"/>): weekdays, holidays and make-up workdays, seeded and administered.</summary>
public sealed class CalendarService : IPlatformService
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CalendarOptions>().Bind(configuration.GetSection(CalendarOptions.Section));
        services.AddSingleton<WorkCalendar>();
        services.AddSingleton<IWorkCalendar>(provider => provider.GetRequiredService<WorkCalendar>());
        services.AddScoped<IPlatformSeeder, CalendarSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapCalendarEndpoints();
}
