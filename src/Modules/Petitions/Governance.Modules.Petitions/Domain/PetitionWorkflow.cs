using Governance.SharedKernel.Workflow;
using static Governance.Modules.Petitions.Domain.PetitionAction;
using static Governance.Modules.Petitions.Domain.PetitionState;

namespace Governance.Modules.Petitions.Domain;

/// <summary>
/// The petition's state machine (《信访工作条例》第二十二条至第三十六条): registration and routing, handling and the
/// written answer, then the review chain 复查 → 复核 → 终结.
/// </summary>
internal static class PetitionWorkflow
{
    public const string Record = "信访件";

    public static readonly StateMachine<PetitionState, PetitionAction> Machine = new StateMachine<PetitionState, PetitionAction>()
        .Allow(new[] { Registered, AwaitingAcceptance }, Accept, Accepted)
        .Allow(new[] { Registered, AwaitingAcceptance }, Reject, NotAccepted)
        .Allow(Registered, Transfer, AwaitingAcceptance)
        .Allow(Registered, Assign, AwaitingAcceptance)
        .Allow(AwaitingAcceptance, Decline, Registered)
        .Allow(Registered, SeparateLitigation, RoutedToLitigation)
        .Allow(Accepted, Answer, Answered)
        .Allow(Answered, Deliver, Delivered)
        .Allow(Delivered, RequestReview, UnderReview)
        .Allow(UnderReview, DecideReview, Reviewed)
        .Allow(Reviewed, RequestReReview, UnderReReview)
        .Allow(UnderReReview, DecideReReview, Finalized)
        .Allow(new[] { Delivered, Reviewed }, PetitionAction.Finalize, Finalized);

    /// <summary>States in which nothing is pending any more: the record leaves the to-do lists.</summary>
    public static bool IsClosed(PetitionState state) =>
        state is NotAccepted or RoutedToLitigation or NotAcceptedAgain or Finalized;
}
