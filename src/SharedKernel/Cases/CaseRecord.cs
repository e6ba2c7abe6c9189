using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;

namespace Governance.SharedKernel.Cases;

/// <summary>
/// Base of a case-like record (信访件, 纠纷, 居住证申请 …): its state on the module's <see cref="CaseWorkflow{TCase,TState,TAction}"/>,
/// the running deadline, 督办, 领导包案 and 延期 requests, and the rules the kit owns for them. Every change goes through
/// <see cref="Take"/> or <see cref="Note"/>, which put a step on the timeline and mark the work item for publishing
/// (<see cref="WorkItemSource"/>); a module's own rules are methods of its derived class that call them.
/// </summary>
public abstract class CaseRecord<TCase, TState, TAction> : WorkItemSource
    where TCase : CaseRecord<TCase, TState, TAction>
    where TState : struct, Enum
    where TAction : struct, Enum
{
    private readonly List<CaseStepTaken<TState, TAction>> _stepsTaken = [];

    public Guid Id { get; init; }

    /// <summary>12-digit region code or 15-digit grid code where the case belongs (jurisdiction is a prefix of it).</summary>
    public string ScopeCode { get; set; } = "";

    public TState State { get; protected set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public uint Version { get; set; }

    public RunningDeadline Deadline { get; private set; } = new();

    public CaseSupervision Supervision { get; private set; } = new();

    public LeaderInCharge Leader { get; private set; } = new();

    public List<CaseExtension> Extensions { get; private set; } = [];

    /// <summary>The steps taken since the record was loaded and not saved yet, in order.</summary>
    public IReadOnlyList<CaseStepTaken<TState, TAction>> StepsTaken => _stepsTaken;

    public bool IsClosed => Workflow.IsClosed(State);

    public CaseExtension? PendingExtension => Extensions.FirstOrDefault(e => e.State == ExtensionState.Pending);

    protected abstract CaseWorkflow<TCase, TState, TAction> Workflow { get; }

    /// <summary>The module's timeline row for this record (its own table, its own record-id column); the kit fills it in.</summary>
    protected abstract TimelineEntry NewTimelineEntry();

    /// <summary>What the record's to-do entry shows besides its state, deadline and closing.</summary>
    protected abstract CaseWorkItem DescribeWorkItem();

    /// <summary>More to-do entries of the record (e.g. a county-level entry for a matter reported up).</summary>
    protected virtual IEnumerable<WorkItem> SideWorkItems() => [];

    public sealed override IEnumerable<WorkItem> WorkItems()
    {
        var item = DescribeWorkItem();
        yield return new WorkItem(item.Module, Id.ToString(), item.Kind, item.Title, ScopeCode, item.Department,
            item.Assignee ?? Leader.UserId, State.Label(), item.OpenedAt, Deadline.Due, Deadline.WarnFrom, ClosedAt);
        foreach (var side in SideWorkItems())
        {
            yield return side;
        }
    }

    public DeadlineState? DeadlineStateAt(DateTimeOffset now) => ClosedAt is null ? Deadline.StateAt(now) : null;

    /// <summary>The first step: the record came into being in its initial <paramref name="state"/> (closed at once when that is a closed state).</summary>
    protected void Open(TState state, TAction action, string? note, CaseAct act)
    {
        State = state;
        if (Workflow.IsClosed(state))
        {
            ClosedAt = act.At;
        }

        Record(action, null, state, note, act);
    }

    /// <summary>
    /// Takes <paramref name="action"/> (422 when the workflow does not allow it now) and records the step; a statutory act
    /// names the date it <paramref name="happened"/> (<see cref="ActDate"/>), which the timeline note shows beside when it was recorded.
    /// </summary>
    protected void Take(TAction action, string? note, CaseAct act, DateTimeOffset? happened = null)
    {
        var from = State;
        var to = Workflow.Next((TCase)this, action, act.At);
        State = to;
        if (Workflow.IsClosed(to))
        {
            ClosedAt ??= act.At;
            Deadline.Runs(null);
        }
        else
        {
            ClosedAt = null;
        }

        var moved = Workflow.Machine.IsAllowed(from, action);
        Record(action, moved ? from : null, moved ? to : null, note, act, happened);
    }

    /// <summary>A declared step is allowed in the current state (422 naming the state and what is offered otherwise), checked before the rules that follow it.</summary>
    protected void EnsureAllowed(TAction action) => Workflow.Next((TCase)this, action);

    /// <summary>Records a step that is not the office's act and so is never refused (a notice that could not be sent, an event).</summary>
    protected void Note(TAction action, string note, CaseAct act) => Record(action, null, null, note, act);

    /// <summary>督办 by hand; a later one replaces the level. A module refuses levels it does not allow in <see cref="EnsureMaySupervise"/>.</summary>
    public void Supervise(SupervisionLevel level, string note, CaseAct act)
    {
        var supervise = Workflow.SuperviseAction ?? throw new InvalidOperationException($"{Workflow.Record}未声明督办");
        EnsureMaySupervise(level);
        Take(supervise, $"{level.Label()}：{note}", act);
        Supervision.Set(level, note, act);
    }

    /// <summary>
    /// 超期自动督办: 黄牌 inside the warning period, 红牌 once overdue; a level set by hand that is as high or higher stays.
    /// True when the level was raised.
    /// </summary>
    public bool SuperviseIfDue(CaseAct act)
    {
        if (Workflow.SuperviseAction is not { } supervise || IsClosed || Deadline.StateAt(act.At) is not { } state
            || !Workflow.SupervisableStates.Contains(State))
        {
            return false;
        }

        var (level, note) = state switch
        {
            DeadlineState.Overdue => (SupervisionLevel.Red, "超期未办结，系统自动红牌督办"),
            DeadlineState.Warning => (SupervisionLevel.Yellow, "临近办理期限，系统自动黄牌督办"),
            _ => (default(SupervisionLevel?), ""),
        };
        if (level is not { } raised || (state == DeadlineState.Warning ? Supervision.Level is not null : Supervision.Level.Rank() >= raised.Rank()))
        {
            return false;
        }

        Take(supervise, $"{raised.Label()}：{note}（期限 {ChinaTime.ToText(Deadline.Due)}）", act);
        Supervision.Set(raised, note, act);
        return true;
    }

    /// <summary>领导包案: the leader (with an account, the case's to-do goes to them), the team, the plan and the leader's deadline.</summary>
    public void AssignLeader(Guid? userId, string name, IReadOnlyList<string> team, string? plan, DateOnly? deadline, string? note, CaseAct act)
    {
        var assign = Workflow.LeaderAction ?? throw new InvalidOperationException($"{Workflow.Record}未声明领导包案");
        EnsureMayAssignLeader();
        var details = string.Join("；", new[]
        {
            team.Count > 0 ? "工作专班：" + string.Join("、", team) : null,
            plan is null ? null : "化解方案：" + plan,
            deadline is { } d ? $"化解期限 {d:yyyy-MM-dd}" : null,
            note,
        }.Where(p => p is not null));
        Take(assign, $"包案领导 {name}{(details.Length == 0 ? "" : "：" + details)}", act);
        Leader.Assign(userId, name, team, plan, deadline);
    }

    /// <summary>
    /// 申请延期 of the running deadline by <paramref name="days"/> with a reason; <paramref name="latestDue"/> is the latest
    /// the extended deadline may be (a module's statutory cap), when it has one.
    /// </summary>
    public CaseExtension RequestExtension(int days, string reason, CaseAct act, DateTimeOffset? latestDue = null)
    {
        var (request, _, _) = Workflow.ExtensionActions ?? throw new InvalidOperationException($"{Workflow.Record}未声明延期");
        var policy = Workflow.Extensions;
        Workflow.Next((TCase)this, request, act.At);
        if (Deadline.Due is not { } due)
        {
            throw new BusinessRuleException($"{Workflow.Record}当前没有在办的期限，不能申请延期");
        }

        if (PendingExtension is not null)
        {
            throw new BusinessRuleException("已有延期申请在审核中");
        }

        var approved = Extensions.Count(e => e.State == ExtensionState.Approved);
        if (approved >= policy.MaxExtensions)
        {
            throw new BusinessRuleException(
                $"办理期限最多延长 {policy.MaxExtensions} 次，本件已延期 {approved} 次{(policy.LimitBasis is null ? "" : $"（{policy.LimitBasis}）")}");
        }

        if (days < 1 || days > policy.MaxDays)
        {
            throw new BusinessRuleException($"每次延期 1 到 {policy.MaxDays} 天");
        }

        if (!policy.AllowAfterDue && act.At > due)
        {
            throw new BusinessRuleException($"办理期限已于 {ChinaTime.ToText(due)} 届满，不能再申请延期");
        }

        if (latestDue is { } latest && due.AddDays(days) > latest)
        {
            throw new BusinessRuleException($"延长后的期限不能晚于 {ChinaTime.ToText(latest)}",
                new Dictionary<string, object?> { ["longestDue"] = latest });
        }

        var extension = CaseExtension.Request(Id, days, reason, act);
        Extensions.Add(extension);
        Take(request, $"申请延期 {days} 日：{reason}", act);
        return extension;
    }

    /// <summary>
    /// 批准 / 不予批准 the pending extension — never by the one who asked. An approval moves the running deadline by the days
    /// asked, or to <paramref name="extended"/> when the module computes it otherwise.
    /// </summary>
    public CaseExtension DecideExtension(bool approve, string? note, CaseAct act, Deadline? extended = null)
    {
        var (_, approveAction, refuseAction) = Workflow.ExtensionActions ?? throw new InvalidOperationException($"{Workflow.Record}未声明延期");
        var pending = PendingExtension ?? throw new BusinessRuleException("没有待审批的延期申请");
        if (pending.RequestedBy.IsSameAs(act.By))
        {
            throw new BusinessRuleException("延期申请不能由申请人本人审批，请由上级或其他有审批权限的人员审批");
        }

        var action = approve ? approveAction : refuseAction;
        Workflow.Next((TCase)this, action, act.At);
        pending.Decide(approve, note, act);
        if (approve)
        {
            if (extended is null)
            {
                Deadline.ExtendBy(pending.Days);
            }
            else
            {
                Deadline.Runs(extended);
            }
        }

        var decision = approve ? $"同意延期 {pending.Days} 日，期限至 {ChinaTime.ToText(Deadline.Due)}" : "不同意延期";
        Take(action, note is null ? decision : $"{decision}：{note}", act);
        return pending;
    }

    /// <summary>
    /// A statutory act carries the date it happened: not in the future, not before <paramref name="notBefore"/> (the step
    /// it follows). 422 naming <paramref name="what"/> otherwise.
    /// </summary>
    public static void EnsureActDate(DateTimeOffset happened, DateTimeOffset? notBefore, string what, CaseAct act)
    {
        if (happened > act.At)
        {
            throw new BusinessRuleException($"{what}日期 {ChinaTime.ToText(happened)} 晚于现在，不能登记将来的日期");
        }

        if (notBefore is { } earliest && happened < earliest)
        {
            throw new BusinessRuleException($"{what}日期 {ChinaTime.ToText(happened)} 早于前一步骤的日期 {ChinaTime.ToText(earliest)}");
        }
    }

    /// <summary>
    /// The date a statutory act happened: <paramref name="given"/> (checked by <see cref="EnsureActDate"/>), or now when the
    /// clerk gives none.
    /// </summary>
    protected static DateTimeOffset ActDate(DateTimeOffset? given, DateTimeOffset? notBefore, string what, CaseAct act)
    {
        var happened = given ?? act.At;
        EnsureActDate(happened, notBefore, what, act);
        return happened;
    }

    /// <summary>A module's own rule on 督办 levels (e.g. 挂牌督办 only for major cases); 422 to refuse.</summary>
    protected virtual void EnsureMaySupervise(SupervisionLevel level)
    {
    }

    /// <summary>A module's own rule on 领导包案 (e.g. only for major cases); 422 to refuse.</summary>
    protected virtual void EnsureMayAssignLeader()
    {
    }

    private void Record(TAction action, TState? from, TState? to, string? note, CaseAct act, DateTimeOffset? happened = null)
    {
        UpdatedAt = act.At;
        _stepsTaken.Add(new CaseStepTaken<TState, TAction>(action, from, to, note, act, happened));
        var entry = NewTimelineEntry();
        var dated = happened is { } on && on != act.At ? $"{note}（办理日期 {ChinaTime.ToText(on)}）" : note;
        entry.Stamp(act.By.Id, act.By.Name, act.By.Department, act.At, action, from, to, dated);
        Journal(act.At, entry);
    }
}
