using System.Threading.RateLimiting;
using Governance.Modules.Petitions.Application;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Application.Oversight;
using Governance.Modules.Petitions.Application.PublicLookup;
using Governance.Modules.Petitions.Application.Review;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Attachments;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Governance.Modules.Petitions;

/// <summary>
/// 信访: registration from every channel, routing (受理 / 不予受理 / 转送 / 交办), handling with its deadlines and
/// extensions, the written answer, the review chain 复查 → 复核 → 终结, 督办, 领导包案, 联合接访, referrals to other
/// modules, the petitioners' public lookup and the annual statistics of 《信访工作条例》.
/// </summary>
public sealed class PetitionsModule : IModule
{
    public string Id => "Petitions";

    public IReadOnlyList<Type> DbContextTypes { get; } = [typeof(PetitionsDbContext)];

    public void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        var permitsPerMinute = int.TryParse(context.Configuration["PublicLookup:PermitsPerMinute"], out var permits)
            ? permits
            : new PublicLookupOptions().PermitsPerMinute;
        services.AddOptions<PetitionsOptions>().Bind(context.Configuration).Validate(
            o => o.DeadlineProvince is null || (o.DeadlineProvince.Length == 2 && o.DeadlineProvince.All(char.IsAsciiDigit)),
            "Modules:Petitions:Province 应为空（全国规则）或两位省级代码，如 33（浙江）")
            .Validate(o => o.PublicLookup.PermitsPerMinute > 0, "Modules:Petitions:PublicLookup:PermitsPerMinute 应为正整数")
            .Validate(o => PeriodicCommands.IsValidInterval(o.OverdueCheckInterval),
                $"Modules:Petitions:OverdueCheckInterval {PeriodicCommands.IntervalRule}")
            .ValidateOnStart();
        services.AddModuleDbContext<PetitionsDbContext>(PetitionsDbContext.SchemaName);
        services.AddHandlersFrom(context.Assembly);
        services.AddScoped<PetitionDeadlines>();
        services.AddScoped<ReviewBodies>();
        services.AddScoped<IRecordAccess, PetitionRecordAccess>();
        services.AddPeriodicCommand<SuperviseOverduePetitions>(p => p.GetRequiredService<IOptions<PetitionsOptions>>().Value.OverdueCheckInterval);
        services.AddRateLimiter(limiter => limiter.AddPolicy(PublicPetitions.Policy, http =>
            RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => PetitionEndpoints.Map(endpoints);
}
