using Governance.Modules.Mediation.Application.Agreements;
using Governance.Modules.Mediation.Application.CodeTables;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Application.ExportDisputes;
using Governance.Modules.Mediation.Application.FollowUps;
using Governance.Modules.Mediation.Application.GetDispute;
using Governance.Modules.Mediation.Application.GetDisputeTimeline;
using Governance.Modules.Mediation.Application.GetSweep;
using Governance.Modules.Mediation.Application.Intake;
using Governance.Modules.Mediation.Application.JudicialConfirmations;
using Governance.Modules.Mediation.Application.Ladder;
using Governance.Modules.Mediation.Application.ListDisputes;
using Governance.Modules.Mediation.Application.ListSweeps;
using Governance.Modules.Mediation.Application.Mediating;
using Governance.Modules.Mediation.Application.RegisterDispute;
using Governance.Modules.Mediation.Application.Statistics;
using Governance.Modules.Mediation.Application.Supervision;
using Governance.Modules.Mediation.Application.Sweeps;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Attachments;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Modules;
using Microsoft.AspNetCore.Builder;
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
        services.AddScoped<IDisputeDeadlines, DisputeDeadlines>();
        services.AddScoped<DisputeIntake>();
        services.AddScoped<CrossModuleNotices>();
        services.AddScoped<PartyNames>();
        services.AddScoped<DisputeReader>();
        services.AddScoped<IRecordAccess, DisputeRecordAccess>();
        services.AddPeriodicCommand<SuperviseOverdueDisputes>(p => p.GetRequiredService<IOptions<MediationOptions>>().Value.OverdueCheckInterval);
    }

    /// <summary>Each use case maps its own endpoint: <c>disputes</c> (steps need If-Match and answer the fresh dispute), <c>sweeps</c>, the report and the code tables.</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var disputes = new DisputeRoutes(endpoints.MapGroup("disputes"), new CaseSteps<DisputeView>((m, id, ct) => m.Send(new GetDispute(id), ct)));
        disputes.Disputes.MapCaseWorkflow(DisputeWorkflow.Definition, MediationPermissions.Read);
        RegisterDispute.Map(disputes);
        ListDisputes.Map(disputes.Disputes);
        ExportDisputes.Map(disputes.Disputes);
        GetDispute.Map(disputes);
        GetDisputeTimeline.Map(disputes);
        GetAgreementDocument.Map(disputes);
        UpdateDispute.Map(disputes);
        RecordConsent.Map(disputes);
        DeclineDispute.Map(disputes);
        AcceptDispute.Map(disputes);
        EscalateDispute.Map(disputes);
        AssignDisputeDown.Map(disputes);
        ReturnDispute.Map(disputes);
        AssignDepartment.Map(disputes);
        RecordSession.Map(disputes);
        ReachAgreement.Map(disputes);
        SignAgreement.Map(disputes);
        ConfirmPerformance.Map(disputes);
        EndWithoutAgreement.Map(disputes);
        ApplyJudicialConfirmation.Map(disputes);
        RecordCourtAcceptance.Map(disputes);
        RecordCourtDecision.Map(disputes);
        RecordFollowUp.Map(disputes);
        CloseDispute.Map(disputes);
        SuperviseDispute.Map(disputes);
        AssignLeader.Map(disputes);
        RequestExtension.Map(disputes);
        DecideExtension.Map(disputes);

        var sweeps = endpoints.MapGroup("sweeps");
        OpenSweeps.Map(sweeps);
        ListSweeps.Map(sweeps);
        GetSweep.Map(sweeps);
        ReportSweep.Map(sweeps);
        GetMonthlyReport.Map(endpoints);
        CodeTablesEndpoint.Map(endpoints);
    }
}
