using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Workflow;
using Governance.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Oversight;

/// <summary>
/// 超期自动督办: open petitions inside the warning period of their current deadline get 黄牌督办, overdue ones 红牌督办;
/// a red card or 挂牌督办 set by hand stays. Run every <c>Modules:Petitions:OverdueCheckInterval</c>, a batch at a time;
/// the timeline names the system as the one who did it.
/// </summary>
internal sealed record SuperviseOverduePetitions : ICommand<int>
{
    public const int BatchSize = 200;
}

internal sealed class SuperviseOverduePetitionsHandler(PetitionsDbContext db, PetitionJournal journal)
    : IRequestHandler<SuperviseOverduePetitions, int>
{
    private static readonly ModuleActor Automatic = new("系统自动督办");

    // Levels are stored by name, so "lower than red" is a list; 红牌 and 挂牌督办 set by hand stay.
    private static readonly SupervisionLevel[] Raisable = [SupervisionLevel.Normal, SupervisionLevel.Yellow];

    public async Task<int> Handle(SuperviseOverduePetitions request, CancellationToken ct)
    {
        var now = journal.Now;
        var due = await db.Petitions
            .Where(p => p.ClosedAt == null && p.CurrentDue != null && (
                (p.CurrentDue < now && (p.SupervisionLevel == null || Raisable.Contains(p.SupervisionLevel.Value)))
                || (p.CurrentWarnFrom <= now && p.CurrentDue >= now && p.SupervisionLevel == null)))
            .OrderBy(p => p.CurrentDue).Take(SuperviseOverduePetitions.BatchSize).ToListAsync(ct);
        foreach (var petition in due)
        {
            var overdue = petition.CurrentDue < now;
            petition.SupervisionLevel = overdue ? SupervisionLevel.Red : SupervisionLevel.Yellow;
            petition.SupervisionNote = overdue ? "超过办理期限，系统自动红牌督办" : "临近办理期限，系统自动黄牌督办";
            petition.SupervisedAt = now;
            journal.Step(petition, PetitionAction.Supervise,
                $"{petition.SupervisionLevel.Value.Label()}：{petition.SupervisionNote}（期限 {ChinaTime.ToText(petition.CurrentDue)}）", Automatic);
        }

        return due.Count;
    }
}
