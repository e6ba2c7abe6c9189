using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Petitions.Domain;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Petitions.UnitTests;

/// <summary>The petition's rules of 《信访工作条例》 on the aggregate, without HTTP or a database.</summary>
public sealed class PetitionTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly CaseActor Desk = new(Guid.NewGuid(), "办事员", "xfj");
    private static readonly CaseActor Approver = new(Guid.NewGuid(), "科长", "xfj");
    private static readonly Guid Person = Guid.NewGuid();
    private const string Township = "330106002";
    private static readonly ReviewBody County = new("330106", "浙江省杭州市西湖区");
    private static readonly ReviewBody City = new("3301", "浙江省杭州市");

    [Fact]
    public void Accepting_starts_the_handling_deadline_and_the_work_item_carries_it()
    {
        var petition = Registered();
        var handling = Days(60);

        petition.Accept(handling, null, Township, null, At(1));

        Assert.Equal(PetitionState.Accepted, petition.State);
        Assert.Equal(handling.Due, petition.HandlingDue);
        Assert.Equal("xfj", petition.HandlingDepartment);
        var item = petition.WorkItems().First();
        Assert.Equal(handling.Due, item.DueAt);
        Assert.Equal(handling.WarnFrom, item.WarnFrom);
        Assert.Equal("已受理（办理中）", item.Status);
        Assert.Equal(PetitionAction.Accept, petition.StepsTaken[^1].Action);
    }

    [Fact]
    public void A_repeat_of_a_matter_open_elsewhere_is_not_accepted_again()
    {
        var original = Registered();
        var repeat = Petition.Register(Details("XF2"), Days(5), Days(15), original, At(1));

        var refused = Assert.Throws<BusinessRuleException>(() =>
            repeat.Accept(Days(60), new OpenOriginal(original.TrackingNumber, "zjj", Start.AddDays(60)), Township, null, At(2)));

        Assert.Contains("第十九条", refused.Message);
        Assert.Equal(PetitionState.Registered, repeat.State);
        Assert.True(repeat.IsRepeat);
    }

    [Fact]
    public void A_matter_finished_after_re_review_is_closed_at_registration()
    {
        var original = Finished();

        var again = Petition.Register(Details("XF2"), Days(5), Days(15), original, At(200));

        Assert.Equal(PetitionState.NotAcceptedAgain, again.State);
        Assert.Equal(At(200).At, again.ClosedAt);
        Assert.Null(again.Deadline.Due);
        Assert.Equal(At(200).At, again.WorkItems().First().ClosedAt);
    }

    [Fact]
    public void A_repeat_must_share_a_petitioner_with_its_original()
    {
        var original = Registered();

        Assert.Throws<BusinessRuleException>(() =>
            Petition.Register(Details("XF2") with { PetitionerPersonIds = [Guid.NewGuid()] }, Days(5), Days(15), original, At(1)));
    }

    [Fact]
    public void A_major_urgent_petition_is_reported_up_with_a_county_to_do_until_it_closes()
    {
        var petition = Petition.Register(Details("XF1") with { IsMajorUrgent = true }, Days(5), Days(15), null, At(0));

        var county = Assert.Single(petition.WorkItems().Skip(1));
        Assert.Equal($"{petition.Id}/report-up", county.RecordId);
        Assert.Equal("330106000000", county.ScopeCode);
        Assert.Equal("待县级处置", county.Status);
        Assert.Throws<BusinessRuleException>(() => petition.ReportUp("再次上报", At(1)));

        petition.Reject("不属信访事项", "向人民法院起诉", At(2));
        Assert.Equal("已办结", petition.WorkItems().Skip(1).Single().Status);
    }

    [Fact]
    public void The_handling_deadline_is_extended_once_within_the_cap_and_not_by_the_one_who_asked()
    {
        var petition = Accepted();
        var handlingDue = petition.HandlingDue!.Value;
        var longest = handlingDue.AddDays(30);

        Assert.Throws<BusinessRuleException>(() => petition.RequestHandlingExtension(31, "需会商", longest, At(2)));
        petition.RequestHandlingExtension(20, "需多部门会商", longest, At(2));
        Assert.Throws<BusinessRuleException>(() => petition.DecideHandlingExtension(true, null, At(3)));
        petition.DecideHandlingExtension(true, "同意", new CaseAct(Approver, At(3).At));

        Assert.Equal(handlingDue.AddDays(20), petition.Deadline.Due);
        Assert.Equal(handlingDue.AddDays(20), petition.ExtendedDue);
        var again = Assert.Throws<BusinessRuleException>(() => petition.RequestHandlingExtension(5, "再延", longest, At(4)));
        Assert.Contains("只能延长一次", again.Message);
    }

    [Fact]
    public void Only_a_petition_being_handled_may_ask_for_an_extension()
    {
        var petition = Registered();

        var refused = Assert.Throws<BusinessRuleException>(() => petition.RequestHandlingExtension(5, "需会商", null, At(1)));

        Assert.Contains("只有办理中的信访件可以申请延期", refused.Message);
    }

    [Fact]
    public void An_answer_by_the_running_deadline_is_on_time_and_stops_the_clock()
    {
        var petition = Accepted();

        petition.Answer(AnswerOutcome.Explain, "依据", "意见", false, At(10));

        Assert.True(petition.AnsweredOnTime);
        Assert.Null(petition.Deadline.Due);
        Assert.Throws<BusinessRuleException>(() => petition.Answer(AnswerOutcome.Explain, "依据", "意见", false, At(11)));
    }

    [Fact]
    public void Review_is_refused_outside_its_window_and_finalization_before_it()
    {
        var petition = Accepted();
        petition.Answer(AnswerOutcome.Explain, "依据", "意见", false, At(10));
        petition.Deliver(new Deadline("review-request", At(41).At, At(38).At), null, At(11));

        var reviewer = new Caller(PetitionPermissions.Review);
        Assert.Equal(["RequestReview"], Offered(petition, reviewer, At(20)));
        Assert.Equal(["Finalize"], Offered(petition, reviewer, At(50)));
        var early = Assert.Throws<BusinessRuleException>(() => petition.Finalize(null, At(20)));
        Assert.Contains("期满未请求方可终结", early.Message);
        var late = Assert.Throws<BusinessRuleException>(() => petition.RequestReview(ReviewStage.Review, Days(30), County, null, At(50)));
        Assert.Contains("第三十五条", late.Message);

        petition.Finalize("期满未申请复查", At(50));
        Assert.True(petition.IsClosed);
        Assert.NotNull(petition.ClosedAt);
    }

    [Fact]
    public void A_closed_petition_is_not_supervised_but_the_petitioner_is_still_told_why_it_was_not_accepted()
    {
        var petition = Registered();
        petition.Reject("属仲裁事项", "向劳动人事争议仲裁委员会申请仲裁", At(1));

        Assert.Throws<BusinessRuleException>(() => petition.Supervise(SupervisionLevel.Red, "限期办结", At(2)));
        petition.NotifyPetitioner(null, At(2));

        Assert.NotNull(petition.NoticeSentAt);
        Assert.Throws<BusinessRuleException>(() => petition.NotifyPetitioner(null, At(3)));
    }

    [Fact]
    public void A_settled_mediation_answers_the_petition_being_handled_on_the_day_the_agreement_took_effect()
    {
        var petition = Accepted();
        var effective = Start.AddDays(10);

        petition.MediationConcluded(new MediationResult(Guid.NewGuid(), "TJ1", MediationOutcome.Settled, Guid.NewGuid(), "赔偿 500 元",
            effective, null), new CaseAct(CaseActor.System("调解模块"), Start.AddDays(12)));

        Assert.Equal(PetitionState.Answered, petition.State);
        Assert.Equal((AnswerOutcome.Support, true, effective, true),
            (petition.AnswerOutcome, petition.AnsweredFromMediation, petition.AnsweredAt, petition.AnsweredOnTime));
        Assert.Equal("赔偿 500 元", petition.AnswerOpinion);
        Assert.Null(petition.Deadline.Due);
    }

    [Fact]
    public void A_mediation_not_settled_leaves_the_petition_to_the_office()
    {
        var petition = Accepted();

        petition.MediationConcluded(new MediationResult(Guid.NewGuid(), "TJ1", MediationOutcome.NotSettled, null, null,
            Start.AddDays(10), "向人民法院起诉"), new CaseAct(CaseActor.System("调解模块"), Start.AddDays(12)));

        Assert.Equal(PetitionState.Accepted, petition.State);
        Assert.Null(petition.AnsweredAt);
    }

    [Fact]
    public void A_petitioner_without_name_or_address_cannot_be_notified()
    {
        var petition = Petition.Register(Details("XF1") with { PetitionerPersonIds = [] }, Days(5), Days(15), null, At(0));
        petition.Accept(Days(60), null, Township, null, At(1));

        Assert.True(petition.CannotNotify);
        Assert.Throws<BusinessRuleException>(() => petition.NotifyPetitioner(null, At(2)));
    }

    [Fact]
    public void A_hearing_pushes_the_re_review_deadline_back_by_its_days()
    {
        var petition = Finished(stopBefore: PetitionAction.DecideReReview);
        var due = petition.Deadline.Due!.Value;
        var today = ChinaTime.DateOf(At(100).At);

        var hearing = petition.RecordHearing(today.AddDays(1), today.AddDays(3), null, At(100));

        Assert.Equal(3, hearing.Days);
        Assert.Equal(due.AddDays(3), petition.Deadline.Due);
        Assert.Equal(due.AddDays(3), petition.ReReviewDue);
    }

    [Fact]
    public void Allowed_actions_follow_the_state_the_rules_and_the_callers_permissions()
    {
        var petition = Accepted();

        var handler = PetitionWorkflow.Definition.AllowedActions(petition, new Caller(PetitionPermissions.Handle), Start).Select(a => a.Code).ToList();
        var supervisor = PetitionWorkflow.Definition.AllowedActions(petition, new Caller(PetitionPermissions.Supervise), Start).Select(a => a.Code).ToList();

        Assert.Contains("Answer", handler);
        Assert.Contains("RequestExtension", handler);
        Assert.DoesNotContain("Supervise", handler);
        Assert.DoesNotContain("Rate", handler);
        Assert.Contains("Supervise", supervisor);
        Assert.DoesNotContain("Answer", supervisor);
        Assert.DoesNotContain("MediationOpened", supervisor);
    }

    private static string[] Offered(Petition petition, ICurrentUser user, CaseAct at) =>
        PetitionWorkflow.Definition.AllowedActions(petition, user, at.At).Select(a => a.Code).ToArray();

    private static Petition Registered() => Petition.Register(Details("XF1"), Days(5), Days(15), null, At(0));

    private static Petition Accepted()
    {
        var petition = Registered();
        petition.Accept(Days(60), null, Township, null, At(1));
        return petition;
    }

    /// <summary>A petition taken through the whole review chain to 终结 after 复核 (or up to <paramref name="stopBefore"/>).</summary>
    private static Petition Finished(PetitionAction? stopBefore = null)
    {
        var petition = Accepted();
        petition.Answer(AnswerOutcome.NotSupport, "依据", "意见", false, At(10));
        petition.Deliver(Days(40), null, At(11));
        petition.RequestReview(ReviewStage.Review, Days(60), County, null, At(20));
        petition.DecideReview(ReviewStage.Review, AnswerOutcome.NotSupport, "维持", Days(90), At(30));
        petition.RequestReview(ReviewStage.ReReview, Days(130), City, null, At(40));
        if (stopBefore != PetitionAction.DecideReReview)
        {
            petition.DecideReview(ReviewStage.ReReview, AnswerOutcome.NotSupport, "复核维持", null, At(50));
        }

        return petition;
    }

    private static NewPetition Details(string trackingNumber) => new(
        trackingNumber, "hash", PetitionChannel.Visit, PetitionCategory.Claim, PetitionDomain.UrbanRuralConstruction, "加装电梯", "费用分摊",
        "330106002051", Start, [Person], [], [], 1, false, false, false);

    private static CaseAct At(int days) => new(Desk, Start.AddDays(days));

    private static Deadline Days(int days) => new("rule", Start.AddDays(days), Start.AddDays(days - 5));

    private sealed class Caller(params string[] permissions) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid? UserId => Desk.Id;

        public string? UserName => Desk.Name;

        public string? Department => Desk.Department;

        public Jurisdiction? Jurisdiction => null;

        public bool HasPermission(string permission) => permissions.Contains(permission);
    }
}
