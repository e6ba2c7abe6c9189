using Governance.SharedKernel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.SharedKernel.Cases;

/// <summary>A module's case workflow as clients read it: its states, its actions and who may take them, and the transitions.</summary>
public sealed record CaseWorkflowDescription(
    string Record,
    IReadOnlyList<CaseStateDescription> States,
    IReadOnlyList<CaseActionDescription> Actions,
    IReadOnlyList<CaseTransitionDescription> Transitions);

public sealed record CaseStateDescription(string Code, string Label, bool Closed);

/// <param name="Internal">Taken only by the system or the module itself, never offered to a caller.</param>
/// <param name="Declared">Declared by the state machine (allowed only where a transition says); otherwise a step of every open state.</param>
public sealed record CaseActionDescription(string Code, string Label, string? Permission, bool Internal, bool Declared);

public sealed record CaseTransitionDescription(string From, string Action, string To);

public static class CaseWorkflowEndpoint
{
    /// <summary><c>GET {group}/workflow</c>: the workflow's description (screens and the kit's contract tests read it).</summary>
    public static RouteHandlerBuilder MapCaseWorkflow<TCase, TState, TAction>(
        this IEndpointRouteBuilder group, CaseWorkflow<TCase, TState, TAction> workflow, string permission)
        where TCase : CaseRecord<TCase, TState, TAction>
        where TState : struct, Enum
        where TAction : struct, Enum
    {
        var description = workflow.Describe();
        return group.MapGet("workflow", () => description)
            .RequirePermission(permission)
            .Produces<CaseWorkflowDescription>()
            .WithSummary($"{workflow.Record}的办理流程：状态、操作及所需权限、状态转换");
    }
}
