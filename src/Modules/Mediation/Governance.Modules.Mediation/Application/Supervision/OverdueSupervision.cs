using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Workflow;
using Governance.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Application.Supervision;

/// <summary>
/// 超期自动督办: open disputes inside their warning period get 黄牌督办, overdue ones 红牌督办 (挂牌督办 and a red card set by
/// hand stay). A batch at a time, every <c>Modules:Mediation:OverdueCheckInterval</c>; the timeline says the system did it.
/// </summary>
internal sealed record SuperviseOverdueDisputes : ICommand<int>
{
    public const int BatchSize = 200;
}

internal sealed class SuperviseOverdueDisputesHandler(MediationDbContext db, DisputeFlow flow) : IRequestHandler<SuperviseOverdueDisputes, int>
{
    private static readonly DisputeState[] Open = [DisputeState.Registered, DisputeState.Mediating, DisputeState.AgreementPending, DisputeState.Performing];

    public async Task<int> Handle(SuperviseOverdueDisputes request, CancellationToken ct)
    {
        var now = flow.Now;
        var due = await db.Disputes
            .Where(d => Open.Contains(d.State) && d.DueAt != null && (
                (d.DueAt < now && (d.Supervision == null || d.Supervision < SupervisionLevel.Red))
                || (d.WarnFrom <= now && d.DueAt >= now && d.Supervision == null)))
            .OrderBy(d => d.DueAt).Take(SuperviseOverdueDisputes.BatchSize).ToListAsync(ct);
        foreach (var dispute in due)
        {
            var overdue = dispute.DueAt < now;
            dispute.Supervision = overdue ? SupervisionLevel.Red : SupervisionLevel.Yellow;
            dispute.SupervisionNote = overdue ? "超期未办结，系统自动红牌督办" : "临近办理期限，系统自动黄牌督办";
            flow.Apply(dispute, DisputeAction.Supervise, $"{dispute.Supervision.Value.Label()}：{dispute.SupervisionNote}（期限 {ChinaTime.ToText(dispute.DueAt)}）");
            flow.PublishWorkItem(dispute);
        }

        return due.Count;
    }
}
