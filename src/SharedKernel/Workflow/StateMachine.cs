using Governance.SharedKernel.Errors;

namespace Governance.SharedKernel.Workflow;

/// <summary>
/// The explicit state machine of a case-like record: which action leads from which state to which. An action not
/// allowed in the current state is a 422 naming the current state and the actions allowed there — never a silent no-op.
/// Enum members carry their Chinese labels (<see cref="CodeLabels"/>).
/// </summary>
public sealed class StateMachine<TState, TAction>
    where TState : struct, Enum
    where TAction : struct, Enum
{
    private readonly Dictionary<(TState From, TAction Action), TState> _transitions = [];

    public StateMachine<TState, TAction> Allow(TState from, TAction action, TState to)
    {
        _transitions.Add((from, action), to);
        return this;
    }

    /// <summary>Declares one action allowed from several states, all leading to <paramref name="to"/>.</summary>
    public StateMachine<TState, TAction> Allow(IEnumerable<TState> from, TAction action, TState to)
    {
        foreach (var state in from)
        {
            Allow(state, action, to);
        }

        return this;
    }

    public IReadOnlyList<TAction> AllowedFrom(TState state) =>
        _transitions.Keys.Where(k => k.From.Equals(state)).Select(k => k.Action).Distinct().ToList();

    public bool IsAllowed(TState from, TAction action) => _transitions.ContainsKey((from, action));

    /// <summary>The state <paramref name="action"/> leads to from <paramref name="current"/>; 422 when it is not allowed there.</summary>
    public TState Next(TState current, TAction action, string record) =>
        _transitions.TryGetValue((current, action), out var next) ? next : throw Refusal(current, action, record, AllowedFrom(current));

    /// <summary>The 422 for <paramref name="action"/> in <paramref name="current"/>, naming the state and <paramref name="allowed"/>.</summary>
    public static BusinessRuleException Refusal(TState current, TAction action, string record, IReadOnlyList<TAction> allowed)
    {
        var allowedText = allowed.Count == 0 ? "该状态下不能再办理任何操作" : $"可办理：{string.Join("、", allowed.Select(a => a.Label()))}";
        return new BusinessRuleException(
            $"{record}当前状态为「{current.Label()}」，不能「{action.Label()}」。{allowedText}。",
            new Dictionary<string, object?>
            {
                ["currentState"] = current.ToString(),
                ["currentStateName"] = current.Label(),
                ["action"] = action.ToString(),
                ["allowedActions"] = allowed.Select(a => new CodeLabel(a.ToString(), a.Label())).ToList(),
            });
    }

    /// <summary>Every declared transition, for documentation and tests.</summary>
    public IEnumerable<(TState From, TAction Action, TState To)> Transitions =>
        _transitions.Select(t => (t.Key.From, t.Key.Action, t.Value));
}
