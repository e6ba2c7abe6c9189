using Governance.Modules.Mediation.Application;
using Governance.Modules.Mediation.Application.Agreements;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Application.Supervision;
using Governance.Modules.Mediation.Application.ViewDisputes;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Attachments;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Governance.Modules.Mediation;

/// <summary>
/// 矛盾纠纷排查调处: sweeps with 零报告, dispute registration and 分流, the village → township → county ladder, people's
/// mediation with agreements (printable), 司法确认 and 回访, supervision, and the monthly report. Consumes petitions
/// referred to mediation and reports their outcome back.
/// </summary>
public sealed class MediationModule : IModule
{
    public string Id => "Mediation";

    public IReadOnlyList<Type> DbContextTypes { get; } = [typeof(MediationDbContext)];

    public void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddOptions<MediationOptions>().Bind(context.Configuration)
            .Validate(o => PeriodicCommands.IsValidInterval(o.OverdueCheckInterval),
                $"Modules:Mediation:OverdueCheckInterval {PeriodicCommands.IntervalRule}")
            .Validate(o => o.MajorHeadcount >= 2, "Modules:Mediation:MajorHeadcount 应至少为 2")
            .Validate(o => new[] { o.Sweeps.Village, o.Sweeps.Township, o.Sweeps.County }.All(Enum.IsDefined),
                "Modules:Mediation:Sweeps:Village|Township|County 应为 Weekly、HalfMonthly、Monthly 或 Quarterly")
            .ValidateOnStart();
        services.AddModuleDbContext<MediationDbContext>(MediationDbContext.SchemaName);
        services.AddHandlersFrom(context.Assembly);
        services.AddScoped<DisputeFlow>();
        services.AddScoped<DisputeIntake>();
        services.AddScoped<MajorDisputes>();
        services.AddScoped<CrossModuleNotices>();
        services.AddScoped<PartyNames>();
        services.AddScoped<DisputeReader>();
        services.AddScoped<AgreementEffect>();
        services.AddScoped<IRecordAccess, DisputeRecordAccess>();
        services.AddPeriodicCommand<SuperviseOverdueDisputes>(p => p.GetRequiredService<IOptions<MediationOptions>>().Value.OverdueCheckInterval);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        DisputeEndpoints.Map(endpoints);
        SweepEndpoints.Map(endpoints);
        CodeTablesEndpoint.Map(endpoints);
    }
}
