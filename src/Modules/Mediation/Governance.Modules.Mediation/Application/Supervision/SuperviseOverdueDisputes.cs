using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;

namespace Governance.Modules.Mediation.Application.Supervision;

/// <summary>
/// 超期自动督办 of disputes, every <c>Modules:Mediation:OverdueCheckInterval</c>: 黄牌 inside the warning period, 红牌 once
/// overdue (挂牌督办 and a red card set by hand stay); the timeline names 系统自动督办.
/// </summary>
internal sealed record SuperviseOverdueDisputes : SuperviseOverdueCases;

internal sealed class SuperviseOverdueDisputesHandler(MediationDbContext db, TimeProvider clock)
    : SuperviseOverdueCasesHandler<SuperviseOverdueDisputes, Dispute, DisputeState, DisputeAction>(db, clock, DisputeWorkflow.Definition);
