using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using static Governance.Modules.Petitions.Domain.PetitionAction;
using static Governance.Modules.Petitions.Domain.PetitionState;

namespace Governance.Modules.Petitions.Domain;

/// <summary>
/// The petition's state machine (《信访工作条例》第二十二条至第三十六条): registration and routing, handling and the
/// written answer, then the review chain 复查 → 复核 → 终结; the kit's steps (督办, 领导包案, 延期) and who may take what.
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
        .Allow(new[] { Registered, Accepted }, SeparateLitigation, RoutedToLitigation)
        .Allow(Accepted, Answer, Answered)
        .Allow(Answered, Deliver, Delivered)
        .Allow(Delivered, RequestReview, UnderReview)
        .Allow(UnderReview, DecideReview, Reviewed)
        .Allow(Reviewed, RequestReReview, UnderReReview)
        .Allow(UnderReReview, DecideReReview, Finalized)
        .Allow(new[] { Delivered, Reviewed }, PetitionAction.Finalize, Finalized);

    /// <summary>The 延期 policy: once (第三十四条), capped by the extension rule counted from the handling deadline.</summary>
    public static readonly ExtensionPolicy Extensions = new(1, 366, LimitBasis: "《信访工作条例》第三十四条：办理期限只能延长一次");

    public static readonly CaseWorkflow<Petition, PetitionState, PetitionAction> Definition =
        new CaseWorkflow<Petition, PetitionState, PetitionAction>(Record, Machine)
            .ClosedIn(NotAccepted, RoutedToLitigation, NotAcceptedAgain, Finalized)
            .Internal(Register, MediationOpened, MediationConcluded)
            .Supervision(Supervise)
            .Leader(AssignLeader)
            .Extension(PetitionAction.RequestExtension, ApproveExtension, RefuseExtension, Extensions)
            .Permit(PetitionPermissions.Route, Accept, Reject, Transfer, Assign, SeparateLitigation, Notify, ReportUp)
            .Permit(PetitionPermissions.Handle, Decline, Answer, Deliver, Rate, PetitionAction.RequestExtension)
            .Permit(PetitionPermissions.Approve, ApproveExtension, RefuseExtension)
            .Permit(PetitionPermissions.Review, RequestReview, DecideReview, RequestReReview, DecideReReview, PetitionAction.Finalize,
                PetitionAction.RecordHearing)
            .Permit(PetitionPermissions.Supervise, Supervise, AssignLeader, JointReception)
            .Permit(PetitionPermissions.Refer, ReferToMediation, ReferToLegalAid, ReportHazard)
            .Permit(PetitionPermissions.Register, CorrectDetails)
            .Guard(CorrectDetails, p => p.State is Registered or AwaitingAcceptance)
            .Guard(Notify, p => p.MayNotify)
            .Guard(PetitionAction.RequestExtension, p => p.State == Accepted && p.PendingExtension is null && p.ApprovedExtension is null)
            .Guard(ApproveExtension, p => p.State == Accepted && p.PendingExtension is not null)
            .Guard(RefuseExtension, p => p.State == Accepted && p.PendingExtension is not null)
            .Guard(PetitionAction.RecordHearing, p => p.State == UnderReReview)
            .Guard(Rate, p => p.AnsweredAt is not null && p.Satisfaction is null)
            .Guard(PetitionAction.ReportUp, p => p.ReportedUpAt is null)
            .Guard(ReferToMediation, p => p.MediationReferral != ReferralStatus.Sent)
            .GuardAt(RequestReview, (p, now) => p.MayRequestReviewAt(ReviewStage.Review, now))
            .GuardAt(RequestReReview, (p, now) => p.MayRequestReviewAt(ReviewStage.ReReview, now))
            .GuardAt(PetitionAction.Finalize, (p, now) => p.MayFinalizeAt(now))
            .OnlyFor(DecideReview, (p, user) => IsOf(user, p.ReviewBody), p => Refusal("复查", p.ReviewBody, "原办理机关", "第三十五条"))
            .OnlyFor(DecideReReview, (p, user) => IsOf(user, p.ReReviewBody), p => Refusal("复核", p.ReReviewBody, "复查机关", "第三十六条"))
            .OnlyFor(PetitionAction.RecordHearing, (p, user) => IsOf(user, p.ReReviewBody), p => Refusal("复核听证", p.ReReviewBody, "复查机关", "第三十六条"));

    private static bool IsOf(ICurrentUser user, string? body) => body is not null && user.Jurisdiction?.Code == body;

    private static string Refusal(string what, string? body, string below, string article) =>
        $"{what}由{below}的上一级机关、单位（辖区 {body}）办理，您不属于该机关（《信访工作条例》{article}）";

    /// <summary>States in which nothing is pending any more: the record leaves the to-do lists.</summary>
    public static bool IsClosed(PetitionState state) => Definition.IsClosed(state);
}
