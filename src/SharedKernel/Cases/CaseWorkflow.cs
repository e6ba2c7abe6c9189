using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;

namespace Governance.SharedKernel.Cases;

/// <summary>
/// What a module declares about its cases: the state machine, the states in which a case is closed, which of its actions
/// are the kit's steps (督办, 领导包案, 延期), who may take each action and when it is on offer. An action the machine declares
/// is allowed where the machine says; an action it does not declare is a step allowed in every open state.
/// </summary>
public sealed class CaseWorkflow<TCase, TState, TAction>(string record, StateMachine<TState, TAction> machine)
    where TCase : CaseRecord<TCase, TState, TAction>
    where TState : struct, Enum
    where TAction : struct, Enum
{
    private readonly HashSet<TState> _closed = [];
    private readonly HashSet<TAction> _internal = [];
    private readonly Dictionary<TAction, string> _permissions = [];
    private readonly Dictionary<TAction, Func<TCase, DateTimeOffset?, bool>> _guards = [];
    private readonly Dictionary<TAction, (Func<TCase, ICurrentUser, bool> May, Func<TCase, string> Refusal)> _callers = [];
    private readonly HashSet<TAction> _declared = machine.Transitions.Select(t => t.Action).ToHashSet();

    /// <summary>What the record is called in messages, e.g. 信访件, 矛盾纠纷.</summary>
    public string Record { get; } = record;

    public StateMachine<TState, TAction> Machine { get; } = machine;

    public TAction? SuperviseAction { get; private set; }

    public TAction? LeaderAction { get; private set; }

    public (TAction Request, TAction Approve, TAction Refuse)? ExtensionActions { get; private set; }

    public ExtensionPolicy Extensions { get; private set; } = ExtensionPolicy.None;

    /// <summary>The states automatic 督办 looks at: open states in which the supervise action is allowed.</summary>
    public IReadOnlyList<TState> SupervisableStates =>
        SuperviseAction is { } supervise ? Enum.GetValues<TState>().Where(s => IsOffered(s, supervise)).ToList() : [];

    public CaseWorkflow<TCase, TState, TAction> ClosedIn(params TState[] states)
    {
        _closed.UnionWith(states);
        return this;
    }

    /// <summary>Actions only the system or the module itself takes (registration, an event from another module): never offered.</summary>
    public CaseWorkflow<TCase, TState, TAction> Internal(params TAction[] actions)
    {
        _internal.UnionWith(actions);
        return this;
    }

    public CaseWorkflow<TCase, TState, TAction> Supervision(TAction supervise)
    {
        SuperviseAction = supervise;
        return this;
    }

    public CaseWorkflow<TCase, TState, TAction> Leader(TAction assignLeader)
    {
        LeaderAction = assignLeader;
        return this;
    }

    public CaseWorkflow<TCase, TState, TAction> Extension(TAction request, TAction approve, TAction refuse, ExtensionPolicy policy)
    {
        ExtensionActions = (request, approve, refuse);
        Extensions = policy;
        return Guard(request, c => c.PendingExtension is null && c.Deadline.Due is not null
                && c.Extensions.Count(e => e.State == ExtensionState.Approved) < policy.MaxExtensions)
            .Guard(approve, c => c.PendingExtension is not null)
            .Guard(refuse, c => c.PendingExtension is not null);
    }

    /// <summary>The permission a caller needs for <paramref name="actions"/>; the step endpoints require the same one.</summary>
    public CaseWorkflow<TCase, TState, TAction> Permit(string permission, params TAction[] actions)
    {
        foreach (var action in actions)
        {
            _permissions[action] = permission;
        }

        return this;
    }

    /// <summary>
    /// A condition beyond the state for offering <paramref name="action"/>: every precondition of the aggregate's rule that
    /// depends only on the record, so that an offered action never answers 422 for it (the rule itself stays on the
    /// aggregate). Several guards of one action must all hold; the kit guards its own extension steps.
    /// </summary>
    public CaseWorkflow<TCase, TState, TAction> Guard(TAction action, Func<TCase, bool> offered) =>
        AddGuard(action, (c, _) => offered(c));

    /// <summary>
    /// A condition that depends on the time as well, e.g. a statutory window that must have passed or still be open. It
    /// decides what is offered at a moment; a 422's list of what is allowed leaves it out when the moment is not known.
    /// </summary>
    public CaseWorkflow<TCase, TState, TAction> GuardAt(TAction action, Func<TCase, DateTimeOffset, bool> offered) =>
        AddGuard(action, (c, now) => now is not { } at || offered(c, at));

    /// <summary>
    /// Who beyond the permission may take <paramref name="action"/> on a record, e.g. only the body a matter was sent to:
    /// it is offered to no one else, and <see cref="EnsureCallerMay"/> refuses them with 403 and <paramref name="refusal"/>.
    /// </summary>
    public CaseWorkflow<TCase, TState, TAction> OnlyFor(TAction action, Func<TCase, ICurrentUser, bool> caller, Func<TCase, string> refusal)
    {
        _callers[action] = (caller, refusal);
        return this;
    }

    /// <summary>403 when <paramref name="action"/> is on offer now but not to this caller (<see cref="OnlyFor"/>); a refusal by state stays the aggregate's 422.</summary>
    public void EnsureCallerMay(TCase record, TAction action, ICurrentUser user)
    {
        if (Offered(record, null).Contains(action) && !MayCall(record, action, user))
        {
            throw new ForbiddenException(_callers[action].Refusal(record));
        }
    }

    public bool IsClosed(TState state) => _closed.Contains(state);

    public string? PermissionFor(TAction action) => _permissions.GetValueOrDefault(action);

    /// <summary>
    /// The actions this caller may take on <paramref name="record"/> now: state, guards and permissions, and never the
    /// decision on an extension the caller asked for, nor what <see cref="OnlyFor"/> keeps for others.
    /// </summary>
    public IReadOnlyList<CodeLabel> AllowedActions(TCase record, ICurrentUser user, DateTimeOffset now) =>
        Offered(record, now)
            .Where(a => (PermissionFor(a) is not { } permission || user.HasPermission(permission)) && !DecidesOwnExtension(record, a, user)
                && MayCall(record, a, user))
            .Select(a => new CodeLabel(a.ToString(), a.Label()))
            .ToList();

    public CaseWorkflowDescription Describe() => new(
        Record,
        Enum.GetValues<TState>().Select(s => new CaseStateDescription(s.ToString(), s.Label(), IsClosed(s))).ToList(),
        Enum.GetValues<TAction>()
            .Select(a => new CaseActionDescription(a.ToString(), a.Label(), PermissionFor(a), _internal.Contains(a), IsDeclared(a)))
            .ToList(),
        Machine.Transitions.Select(t => new CaseTransitionDescription(t.From.ToString(), t.Action.ToString(), t.To.ToString())).ToList());

    /// <summary>The state <paramref name="action"/> leads to; 422 naming the state and what is allowed when it is not allowed now.</summary>
    internal TState Next(TCase record, TAction action, DateTimeOffset? now = null)
    {
        var current = record.State;
        if (IsDeclared(action))
        {
            return Machine.IsAllowed(current, action)
                ? Machine.Next(current, action, Record)
                : throw StateMachine<TState, TAction>.Refusal(current, action, Record, Offered(record, now).Where(IsDeclared).ToList());
        }

        if (IsClosed(current))
        {
            throw new BusinessRuleException($"{Record}已{current.Label()}，不能再{action.Label()}",
                new Dictionary<string, object?> { ["currentState"] = current.ToString(), ["action"] = action.ToString() });
        }

        return current;
    }

    /// <summary>What the record offers now to a caller with every permission: not internal, allowed in its state, its guards hold.</summary>
    private List<TAction> Offered(TCase record, DateTimeOffset? now) =>
        Enum.GetValues<TAction>()
            .Where(a => !_internal.Contains(a) && IsOffered(record.State, a) && (!_guards.TryGetValue(a, out var guard) || guard(record, now)))
            .ToList();

    private CaseWorkflow<TCase, TState, TAction> AddGuard(TAction action, Func<TCase, DateTimeOffset?, bool> offered)
    {
        _guards[action] = _guards.TryGetValue(action, out var earlier) ? (c, now) => earlier(c, now) && offered(c, now) : offered;
        return this;
    }

    private bool MayCall(TCase record, TAction action, ICurrentUser user) =>
        !_callers.TryGetValue(action, out var rule) || rule.May(record, user);

    private bool DecidesOwnExtension(TCase record, TAction action, ICurrentUser user) =>
        ExtensionActions is { } extension && (action.Equals(extension.Approve) || action.Equals(extension.Refuse))
        && record.PendingExtension?.RequestedBy.IsSameAs(CaseActor.From(user)) == true;

    private bool IsOffered(TState state, TAction action) =>
        IsDeclared(action) ? Machine.IsAllowed(state, action) : !IsClosed(state);

    private bool IsDeclared(TAction action) => _declared.Contains(action);
}
