using System.ComponentModel;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;

namespace Governance.SharedKernel.Tests.Cases;

public enum ComplaintState
{
    [Description("已登记")]
    Registered,

    [Description("办理中")]
    Handling,

    [Description("已办结")]
    Done,
}

public enum ComplaintAction
{
    [Description("登记")]
    Register,

    [Description("受理")]
    Accept,

    [Description("办结")]
    Finish,

    [Description("督办")]
    Supervise,

    [Description("领导包案")]
    AssignLeader,

    [Description("申请延期")]
    RequestExtension,

    [Description("批准延期")]
    ApproveExtension,

    [Description("不批准延期")]
    RefuseExtension,

    [Description("挂牌")]
    Escalate,
}

/// <summary>A minimal case of a made-up module, to test the kit's rules without a database.</summary>
public sealed class Complaint : CaseRecord<Complaint, ComplaintState, ComplaintAction>
{
    public static readonly CaseWorkflow<Complaint, ComplaintState, ComplaintAction> Definition =
        new CaseWorkflow<Complaint, ComplaintState, ComplaintAction>("投诉件", new StateMachine<ComplaintState, ComplaintAction>()
                .Allow(ComplaintState.Registered, ComplaintAction.Accept, ComplaintState.Handling)
                .Allow(ComplaintState.Handling, ComplaintAction.Finish, ComplaintState.Done)
                .Allow(ComplaintState.Handling, ComplaintAction.RequestExtension, ComplaintState.Handling)
                .Allow(ComplaintState.Handling, ComplaintAction.ApproveExtension, ComplaintState.Handling)
                .Allow(ComplaintState.Handling, ComplaintAction.RefuseExtension, ComplaintState.Handling))
            .ClosedIn(ComplaintState.Done)
            .Internal(ComplaintAction.Register)
            .Supervision(ComplaintAction.Supervise)
            .Leader(ComplaintAction.AssignLeader)
            .Extension(ComplaintAction.RequestExtension, ComplaintAction.ApproveExtension, ComplaintAction.RefuseExtension,
                new ExtensionPolicy(1, 30, LimitBasis: "测试规则"))
            .Permit("complaints.handle", ComplaintAction.Accept, ComplaintAction.Finish, ComplaintAction.RequestExtension)
            .Permit("complaints.approve", ComplaintAction.ApproveExtension, ComplaintAction.RefuseExtension)
            .Permit("complaints.supervise", ComplaintAction.Supervise, ComplaintAction.AssignLeader)
            .Guard(ComplaintAction.AssignLeader, c => c.IsMajor);

    public bool IsMajor { get; init; }

    public DateTimeOffset RegisteredAt { get; private set; }

    protected override CaseWorkflow<Complaint, ComplaintState, ComplaintAction> Workflow => Definition;

    public static Complaint Register(CaseAct act, bool major = false)
    {
        var complaint = new Complaint { Id = Guid.NewGuid(), ScopeCode = "330106001001", IsMajor = major, RegisteredAt = act.At };
        complaint.Open(ComplaintState.Registered, ComplaintAction.Register, "登记", act);
        return complaint;
    }

    public void Accept(Deadline handling, CaseAct act)
    {
        Take(ComplaintAction.Accept, null, act);
        Deadline.Runs(handling);
    }

    /// <summary>办结, a statutory act: dated <paramref name="on"/> the day it happened (not before registration), or now.</summary>
    public void Finish(CaseAct act, DateTimeOffset? on = null) => Take(ComplaintAction.Finish, "办结", act, ActDate(on, RegisteredAt, "办结", act));

    public void Escalate(string note, CaseAct act) => Take(ComplaintAction.Escalate, note, act);

    protected override TimelineEntry NewTimelineEntry() => new ComplaintStep(Id);

    protected override CaseWorkItem DescribeWorkItem() => new("Complaints", "complaint", "投诉 " + Id, "xfj", null, RegisteredAt);

    protected override void EnsureMaySupervise(SupervisionLevel level)
    {
        if (level == SupervisionLevel.Listed && !IsMajor)
        {
            throw new Errors.BusinessRuleException("挂牌督办只用于重大投诉");
        }
    }
}

public sealed class ComplaintStep(Guid complaintId) : TimelineEntry
{
    public Guid ComplaintId { get; } = complaintId;
}
