namespace Governance.SharedKernel.Cases;

/// <summary>A step a case took and has not saved yet: what rule tests look at without a database.</summary>
public sealed record CaseStepTaken<TState, TAction>(TAction Action, TState? From, TState? To, string? Note, CaseAct Act, DateTimeOffset? Happened = null)
    where TState : struct, Enum
    where TAction : struct, Enum;
