using Governance.SharedKernel.Workflow;
using static Governance.Modules.Mediation.Domain.DisputeAction;
using static Governance.Modules.Mediation.Domain.DisputeState;

namespace Governance.Modules.Mediation.Domain;

/// <summary>
/// The dispute's state machine: 登记 → (不予调解) | 受理 → 调解中 → 达成协议 → 协议生效/履行中 → 履行完毕 → 回访 → 结案;
/// 调解中 → 调解不成 | 终止调解; 上报/交办/回退 while registered or in mediation.
/// </summary>
internal static class DisputeWorkflow
{
    public const string Record = "矛盾纠纷";

    private static readonly DisputeState[] Open = [Registered, Mediating];
    private static readonly DisputeState[] Supervisable = [Registered, Mediating, AgreementPending, Performing];
    private static readonly DisputeState[] WithEffectiveAgreement = [Performing, Performed, Visited];

    public static StateMachine<DisputeState, DisputeAction> Machine { get; } = Build();

    /// <summary>States in which the dispute needs no more work (the to-do list shows it closed).</summary>
    public static bool IsFinished(this DisputeState state) => state is Closed or NotSettled or Terminated or Declined;

    private static StateMachine<DisputeState, DisputeAction> Build()
    {
        var machine = new StateMachine<DisputeState, DisputeAction>()
            .Allow(Registered, UpdateDetails, Registered)
            .Allow(Registered, RecordConsent, Registered)
            .Allow(Registered, Accept, Mediating)
            .Allow(Registered, Decline, Declined)
            .Allow(Mediating, RecordSession, Mediating)
            .Allow(Mediating, ReachAgreement, AgreementPending)
            .Allow(AgreementPending, SignAgreement, AgreementPending)
            .Allow(AgreementPending, AgreementTakesEffect, Performing)
            .Allow(Mediating, Fail, NotSettled)
            .Allow([Mediating, AgreementPending], Terminate, Terminated)
            .Allow(Performing, ConfirmPerformance, Performed)
            .Allow(Performing, FollowUp, Performing)
            .Allow([Performed, Visited], FollowUp, Visited)
            .Allow(Visited, Close, Closed)
            .Allow(Mediating, RequestExtension, Mediating)
            .Allow(Mediating, DecideExtension, Mediating);
        foreach (var state in Open)
        {
            machine.Allow(state, Escalate, state).Allow(state, AssignDown, state).Allow(state, Return, state).Allow(state, AssignDepartment, state);
        }

        foreach (var state in Supervisable)
        {
            machine.Allow(state, Supervise, state).Allow(state, AssignLeader, state);
        }

        foreach (var state in WithEffectiveAgreement)
        {
            machine.Allow(state, ApplyJudicialConfirmation, state)
                .Allow(state, RecordCourtAcceptance, state)
                .Allow(state, RecordCourtDecision, state);
        }

        return machine;
    }
}
