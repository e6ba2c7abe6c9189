using Governance.SharedKernel.Data;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Workflow;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.SharedKernel.Cases;

/// <summary>
/// 超期自动督办 of a module's cases, run by <see cref="PeriodicCommands.AddPeriodicCommand{TCommand}"/>: a module declares
/// <c>record SuperviseOverdueX : SuperviseOverdueCases</c> and a handler deriving from
/// <see cref="SuperviseOverdueCasesHandler{TCommand,TCase,TState,TAction}"/>. Answers how many cases it raised.
/// </summary>
public abstract record SuperviseOverdueCases : ICommand<int>
{
    public const int BatchSize = 200;

    public const string Actor = "系统自动督办";
}

/// <summary>
/// Open cases in a supervisable state inside the warning period get 黄牌督办, overdue ones 红牌督办; a level set by hand that
/// is as high stays. A batch at a time, most urgent first; the timeline names the system as the one who did it.
/// </summary>
public abstract class SuperviseOverdueCasesHandler<TCommand, TCase, TState, TAction>(
    ModuleDbContext db, TimeProvider clock, CaseWorkflow<TCase, TState, TAction> workflow) : IRequestHandler<TCommand, int>
    where TCommand : SuperviseOverdueCases
    where TCase : CaseRecord<TCase, TState, TAction>
    where TState : struct, Enum
    where TAction : struct, Enum
{
    private static readonly SupervisionLevel[] BelowRed = SupervisionRanks.Below(SupervisionLevel.Red);

    public async Task<int> Handle(TCommand request, CancellationToken cancellationToken)
    {
        var act = new CaseAct(CaseActor.System(SuperviseOverdueCases.Actor), clock.GetUtcNow());
        var now = act.At;
        var states = workflow.SupervisableStates.ToList();
        var candidates = await db.Set<TCase>()
            .Where(c => c.ClosedAt == null && c.Deadline.Due != null && states.Contains(c.State) && (
                (c.Deadline.Due < now && (c.Supervision.Level == null || BelowRed.Contains(c.Supervision.Level.Value)))
                || (c.Deadline.WarnFrom <= now && c.Deadline.Due >= now && c.Supervision.Level == null)))
            .OrderBy(c => c.Deadline.Due).Take(SuperviseOverdueCases.BatchSize)
            .ToListAsync(cancellationToken);
        return candidates.Count(c => c.SuperviseIfDue(act));
    }
}
