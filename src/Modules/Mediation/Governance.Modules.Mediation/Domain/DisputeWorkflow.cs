using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Workflow;
using static Governance.Modules.Mediation.Domain.DisputeAction;
using static Governance.Modules.Mediation.Domain.DisputeState;

namespace Governance.Modules.Mediation.Domain;

/// <summary>
/// The dispute's state machine: 登记 → (不予调解) | 受理 → 调解中 → 达成协议 → 协议生效/履行中 → 履行完毕 → 回访 → 结案;
/// 调解中 → 调解不成 | 终止调解; 上报/交办/回退 while registered or in mediation; and what the kit does for it (督办, 领导包案,
/// 延期) with the permission each action needs.
/// </summary>
internal static class DisputeWorkflow
{
    public const string Record = "矛盾纠纷";

    /// <summary>
    /// 延期: 人民调解 is "一般在一个月内调结" (人民调解工作若干规定 第三十三条); 《宁波市人民调解条例》第二十七条 lets it be "适当延长"
    /// when it falls due and both parties ask, and after that extension a mediation that still fails is terminated. So each
    /// extension is at most one more month, at most twice, and may be asked for once the month has run out.
    /// </summary>
    public static readonly ExtensionPolicy Extensions = new(2, 30, AllowAfterDue: true,
        LimitBasis: "《宁波市人民调解条例》第二十七条：到期未达成协议的可以适当延长，经延期不能达成调解协议的应当终止调解");

    private static readonly DisputeState[] Open = [Registered, Mediating];
    private static readonly DisputeState[] Supervisable = [Registered, Mediating, AgreementPending, Performing];
    private static readonly DisputeState[] WithEffectiveAgreement = [Performing, Performed, Visited];

    public static StateMachine<DisputeState, DisputeAction> Machine { get; } = Build();

    public static CaseWorkflow<Dispute, DisputeState, DisputeAction> Definition { get; } =
        new CaseWorkflow<Dispute, DisputeState, DisputeAction>(Record, Machine)
            .ClosedIn(Closed, NotSettled, Terminated, Declined)
            .Internal(Register, AgreementTakesEffect, OfferLegalAid, NotifySupervisor)
            .Supervision(Supervise)
            .Leader(AssignLeader)
            .Extension(RequestExtension, DecideExtension, DecideExtension, Extensions)
            .Permit(MediationPermissions.Register, UpdateDetails)
            .Permit(MediationPermissions.Mediate, RecordConsent, Accept, Decline, Escalate, AssignDown, Return, AssignDepartment, RecordSession,
                ReachAgreement, SignAgreement, Fail, Terminate, ConfirmPerformance, FollowUp, Close, RequestExtension,
                ApplyJudicialConfirmation, RecordCourtAcceptance, RecordCourtDecision)
            .Permit(MediationPermissions.Supervise, Supervise, AssignLeader, DecideExtension)
            .Guard(AssignLeader, d => d.IsMajor)
            .Guard(Accept, d => d.HasEveryPartysConsent)
            .Guard(Escalate, d => d.MayEscalate)
            .Guard(AssignDown, d => d.MayAssignDown)
            .Guard(Return, d => d.MayReturn)
            .Guard(ApplyJudicialConfirmation, d => d.MayApplyForJudicialConfirmation)
            .Guard(RecordCourtAcceptance, d => d.ConfirmationProgress == ConfirmationState.Applied)
            .Guard(RecordCourtDecision, d => d.ConfirmationProgress == ConfirmationState.Accepted)
            .Guard(Close, d => !d.AwaitsCourt);

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
