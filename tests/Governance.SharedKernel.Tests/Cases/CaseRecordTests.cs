using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;

namespace Governance.SharedKernel.Tests.Cases;

public sealed class CaseRecordTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly CaseActor Clerk = new(Guid.NewGuid(), "李办理", "xfj");
    private static readonly CaseActor Chief = new(Guid.NewGuid(), "王科长", "xfj");

    private static CaseAct By(CaseActor actor, DateTimeOffset at) => new(actor, at);

    private static Complaint Handling(bool major = false)
    {
        var complaint = Complaint.Register(By(Clerk, Monday), major);
        complaint.Accept(new Deadline("test", Monday.AddDays(10), Monday.AddDays(7)), By(Clerk, Monday));
        return complaint;
    }

    [Fact]
    public void A_step_moves_the_state_and_is_kept_for_the_timeline()
    {
        var complaint = Handling();

        Assert.Equal(ComplaintState.Handling, complaint.State);
        Assert.Collection(complaint.StepsTaken,
            s => Assert.Equal((ComplaintAction.Register, (ComplaintState?)null, (ComplaintState?)ComplaintState.Registered), (s.Action, s.From, s.To)),
            s => Assert.Equal((ComplaintAction.Accept, (ComplaintState?)ComplaintState.Registered, (ComplaintState?)ComplaintState.Handling), (s.Action, s.From, s.To)));
        Assert.Equal(Monday, complaint.UpdatedAt);
    }

    [Fact]
    public void A_step_the_state_does_not_allow_is_refused_naming_the_state_and_the_allowed_actions()
    {
        var complaint = Complaint.Register(By(Clerk, Monday));

        var refused = Assert.Throws<BusinessRuleException>(() => complaint.Finish(By(Clerk, Monday)));

        Assert.Equal("Registered", refused.Details["currentState"]);
        var allowed = Assert.IsAssignableFrom<IEnumerable<CodeLabel>>(refused.Details["allowedActions"]);
        Assert.Equal(["Accept"], allowed.Select(a => a.Code));
        Assert.Equal(ComplaintState.Registered, complaint.State);
    }

    [Fact]
    public void Closing_stops_the_running_deadline_and_every_later_step_is_refused()
    {
        var complaint = Handling();
        complaint.Finish(By(Clerk, Monday.AddDays(1)));

        Assert.Equal(Monday.AddDays(1), complaint.ClosedAt);
        Assert.Null(complaint.Deadline.Due);
        Assert.Throws<BusinessRuleException>(() => complaint.Supervise(SupervisionLevel.Red, "催办", By(Chief, Monday.AddDays(2))));
        Assert.Throws<BusinessRuleException>(() => complaint.Escalate("上报", By(Chief, Monday.AddDays(2))));
        Assert.Null(complaint.Supervision.Level);
    }

    [Fact]
    public void A_step_the_machine_does_not_declare_is_allowed_in_open_states_without_changing_the_state()
    {
        var complaint = Handling();

        complaint.Escalate("上报县级", By(Clerk, Monday));

        var step = complaint.StepsTaken[^1];
        Assert.Equal((ComplaintAction.Escalate, (ComplaintState?)null, (ComplaintState?)null), (step.Action, step.From, step.To));
        Assert.Equal(ComplaintState.Handling, complaint.State);
    }

    [Fact]
    public void Supervision_by_hand_replaces_the_level_and_a_module_rule_refuses_a_level()
    {
        var complaint = Handling();

        complaint.Supervise(SupervisionLevel.Yellow, "请加快办理", By(Chief, Monday));
        complaint.Supervise(SupervisionLevel.Normal, "已跟进", By(Chief, Monday));

        Assert.Equal(SupervisionLevel.Normal, complaint.Supervision.Level);
        Assert.Equal("王科长", complaint.Supervision.By);
        Assert.Equal("普通督办：已跟进", complaint.StepsTaken[^1].Note);
        Assert.Throws<BusinessRuleException>(() => complaint.Supervise(SupervisionLevel.Listed, "挂牌", By(Chief, Monday)));
    }

    [Fact]
    public void Automatic_supervision_gives_yellow_in_the_warning_period_and_red_when_overdue()
    {
        var complaint = Handling();

        Assert.False(complaint.SuperviseIfDue(By(CaseActor.System("系统自动督办"), Monday.AddDays(1))));
        Assert.True(complaint.SuperviseIfDue(By(CaseActor.System("系统自动督办"), Monday.AddDays(8))));
        Assert.Equal(SupervisionLevel.Yellow, complaint.Supervision.Level);
        Assert.False(complaint.SuperviseIfDue(By(CaseActor.System("系统自动督办"), Monday.AddDays(9))));
        Assert.True(complaint.SuperviseIfDue(By(CaseActor.System("系统自动督办"), Monday.AddDays(11))));
        Assert.Equal(SupervisionLevel.Red, complaint.Supervision.Level);
        Assert.Equal("系统自动督办", complaint.StepsTaken[^1].Act.By.Name);
        Assert.False(complaint.SuperviseIfDue(By(CaseActor.System("系统自动督办"), Monday.AddDays(12))));
    }

    [Fact]
    public void Automatic_supervision_keeps_a_listed_case_listed_and_a_hand_set_level_in_the_warning_period()
    {
        var listed = Handling(major: true);
        listed.Supervise(SupervisionLevel.Listed, "挂牌督办", By(Chief, Monday));
        var normal = Handling();
        normal.Supervise(SupervisionLevel.Normal, "普通督办", By(Chief, Monday));

        Assert.False(listed.SuperviseIfDue(By(CaseActor.System("系统自动督办"), Monday.AddDays(11))));
        Assert.Equal(SupervisionLevel.Listed, listed.Supervision.Level);
        Assert.False(normal.SuperviseIfDue(By(CaseActor.System("系统自动督办"), Monday.AddDays(8))));
        Assert.True(normal.SuperviseIfDue(By(CaseActor.System("系统自动督办"), Monday.AddDays(11))));
        Assert.Equal(SupervisionLevel.Red, normal.Supervision.Level);
    }

    [Fact]
    public void Levels_rank_explicitly_not_by_their_stored_text()
    {
        Assert.Equal([SupervisionLevel.Normal, SupervisionLevel.Yellow], SupervisionRanks.Below(SupervisionLevel.Red));
        Assert.True(SupervisionLevel.Listed.Rank() > SupervisionLevel.Red.Rank());
        Assert.True(string.CompareOrdinal(nameof(SupervisionLevel.Listed), nameof(SupervisionLevel.Red)) < 0);
    }

    [Fact]
    public void An_approved_extension_moves_the_deadline_and_a_refused_one_does_not()
    {
        var approved = Handling();
        approved.RequestExtension(5, "需要现场核查", By(Clerk, Monday.AddDays(1)));
        approved.DecideExtension(true, null, By(Chief, Monday.AddDays(2)));
        var refused = Handling();
        refused.RequestExtension(5, "需要现场核查", By(Clerk, Monday.AddDays(1)));
        refused.DecideExtension(false, "理由不充分", By(Chief, Monday.AddDays(2)));

        Assert.Equal(Monday.AddDays(15), approved.Deadline.Due);
        Assert.Equal(Monday.AddDays(12), approved.Deadline.WarnFrom);
        Assert.Equal(ExtensionState.Approved, Assert.Single(approved.Extensions).State);
        Assert.Equal(Monday.AddDays(10), refused.Deadline.Due);
        Assert.Equal(ExtensionState.Refused, Assert.Single(refused.Extensions).State);
        Assert.Equal("不同意延期：理由不充分", refused.StepsTaken[^1].Note);
    }

    [Fact]
    public void The_requester_cannot_approve_their_own_extension()
    {
        var complaint = Handling();
        complaint.RequestExtension(5, "需要现场核查", By(Clerk, Monday.AddDays(1)));

        Assert.Throws<BusinessRuleException>(() => complaint.DecideExtension(true, null, By(Clerk, Monday.AddDays(2))));
        Assert.Equal(ExtensionState.Pending, complaint.PendingExtension?.State);
        Assert.Equal(Monday.AddDays(10), complaint.Deadline.Due);
    }

    [Fact]
    public void Extensions_follow_the_policy()
    {
        var complaint = Handling();

        Assert.Throws<BusinessRuleException>(() => complaint.RequestExtension(31, "太长", By(Clerk, Monday)));
        Assert.Throws<BusinessRuleException>(() => complaint.RequestExtension(5, "超过上限", By(Clerk, Monday), latestDue: Monday.AddDays(12)));
        complaint.RequestExtension(5, "需要现场核查", By(Clerk, Monday));
        Assert.Throws<BusinessRuleException>(() => complaint.RequestExtension(5, "再申请", By(Clerk, Monday)));
        complaint.DecideExtension(true, null, By(Chief, Monday));
        var limit = Assert.Throws<BusinessRuleException>(() => complaint.RequestExtension(5, "第二次", By(Clerk, Monday)));
        Assert.Contains("测试规则", limit.Message);
        Assert.Throws<BusinessRuleException>(() => Handling().RequestExtension(5, "已超期", By(Clerk, Monday.AddDays(11))));
        Assert.Throws<BusinessRuleException>(() => Handling().DecideExtension(true, null, By(Chief, Monday)));
    }

    [Fact]
    public void Allowed_actions_follow_the_state_the_guards_and_the_callers_permissions()
    {
        var ordinary = Handling();
        var major = Handling(major: true);
        var handler = new User("complaints.handle");
        var leader = new User("complaints.handle", "complaints.supervise");

        Assert.Equal(["Finish", "RequestExtension", "Escalate"], Codes(ordinary, handler));
        Assert.Equal(["Finish", "Supervise", "RequestExtension", "Escalate"], Codes(ordinary, leader));
        Assert.Equal(["Finish", "Supervise", "AssignLeader", "RequestExtension", "Escalate"], Codes(major, leader));
        ordinary.Finish(By(Clerk, Monday));
        Assert.Empty(Codes(ordinary, leader));
    }

    [Fact]
    public void The_work_item_shows_the_case_as_it_is_now()
    {
        var complaint = Handling(major: true);
        complaint.AssignLeader(Chief.Id, "王科长", ["李办理"], "三日内约谈", new DateOnly(2026, 3, 10), null, By(Chief, Monday));

        var item = Assert.Single(complaint.WorkItems());

        Assert.Equal(("Complaints", complaint.Id.ToString(), "办理中", Monday.AddDays(10), Chief.Id),
            (item.Module, item.RecordId, item.Status, item.DueAt, item.Assignee));
        Assert.Contains("工作专班：李办理", complaint.StepsTaken[^1].Note);
        complaint.Finish(By(Clerk, Monday.AddDays(1)));
        Assert.Equal(Monday.AddDays(1), Assert.Single(complaint.WorkItems()).ClosedAt);
    }

    [Fact]
    public void A_statutory_act_is_dated_when_it_happened_not_in_the_future_nor_before_the_step_before()
    {
        var now = By(Clerk, Monday);

        CaseRecord<Complaint, ComplaintState, ComplaintAction>.EnsureActDate(Monday.AddDays(-1), Monday.AddDays(-2), "送达", now);
        Assert.Throws<BusinessRuleException>(() =>
            CaseRecord<Complaint, ComplaintState, ComplaintAction>.EnsureActDate(Monday.AddDays(1), null, "送达", now));
        Assert.Throws<BusinessRuleException>(() =>
            CaseRecord<Complaint, ComplaintState, ComplaintAction>.EnsureActDate(Monday.AddDays(-3), Monday.AddDays(-2), "送达", now));
    }

    [Fact]
    public void A_dated_act_keeps_the_day_it_happened_beside_the_instant_it_was_recorded()
    {
        var complaint = Handling();

        Assert.Throws<BusinessRuleException>(() => complaint.Finish(By(Clerk, Monday.AddDays(3)), on: Monday.AddDays(4)));
        Assert.Throws<BusinessRuleException>(() => complaint.Finish(By(Clerk, Monday.AddDays(3)), on: Monday.AddDays(-1)));
        complaint.Finish(By(Clerk, Monday.AddDays(3)), on: Monday.AddDays(1));

        var step = complaint.StepsTaken[^1];
        Assert.Equal((Monday.AddDays(1), Monday.AddDays(3)), (step.Happened, step.Act.At));
    }

    [Fact]
    public void A_refusal_names_only_the_machines_actions_the_record_could_take_now()
    {
        var complaint = Handling();
        complaint.RequestExtension(5, "需要现场核查", By(Clerk, Monday));

        var refused = Assert.Throws<BusinessRuleException>(() => complaint.Accept(new Deadline("test", Monday, Monday), By(Clerk, Monday)));

        var allowed = Assert.IsAssignableFrom<IEnumerable<CodeLabel>>(refused.Details["allowedActions"]);
        Assert.Equal(["Finish", "ApproveExtension", "RefuseExtension"], allowed.Select(a => a.Code));
    }

    [Fact]
    public void An_extension_decision_is_never_offered_to_its_requester_nor_a_request_beyond_the_policy()
    {
        var complaint = Handling();
        var clerk = new User("complaints.handle", "complaints.approve");
        var chief = new User("complaints.handle", "complaints.approve") { Actor = Chief };
        complaint.RequestExtension(5, "需要现场核查", By(Clerk, Monday));

        Assert.Equal(["Finish", "Escalate"], Codes(complaint, clerk));
        Assert.Equal(["Finish", "ApproveExtension", "RefuseExtension", "Escalate"], Codes(complaint, chief));
        complaint.DecideExtension(true, null, By(Chief, Monday));
        Assert.Equal(["Finish", "Escalate"], Codes(complaint, clerk));
    }

    private static string[] Codes(Complaint complaint, ICurrentUser user) =>
        Complaint.Definition.AllowedActions(complaint, user, Monday).Select(a => a.Code).ToArray();

    private sealed class User(params string[] permissions) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public CaseActor Actor { get; init; } = Clerk;

        public Guid? UserId => Actor.Id;

        public string? UserName => Actor.Name;

        public string? Department => Actor.Department;

        public Jurisdiction? Jurisdiction => null;

        public bool HasPermission(string permission) => permissions.Contains(permission);
    }
}
