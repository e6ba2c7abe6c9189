using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Mediation.Domain;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using static Governance.Modules.Mediation.UnitTests.Disputes;

namespace Governance.Modules.Mediation.UnitTests;

public sealed class DisputeRulesTests
{
    [Fact]
    public void A_group_dispute_is_registered_major_and_the_timeline_says_why()
    {
        var dispute = Registered(headcount: 30);

        Assert.True(dispute.IsMajor);
        Assert.Equal((DisputeState.Registered, HandlingLevel.Village, "330106002051"), (dispute.State, dispute.Level, dispute.HandlingScope));
        Assert.Equal([DisputeAction.Register, DisputeAction.Register], dispute.StepsTaken.Select(s => s.Action));
        Assert.Contains("群体性", dispute.StepsTaken[1].Note);
    }

    [Fact]
    public async Task Acceptance_waits_for_every_party_to_agree_and_starts_the_time_limit()
    {
        var dispute = Registered();
        dispute.RecordConsent(dispute.Parties[0].Id, Consent.Agreed, null, null, By(Clerk));

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            dispute.AcceptAsync(MediationType.People, "调委会", ["李调解"], null, new ThirtyDays(), By(Clerk), default));
        Assert.Equal([dispute.Parties[1].Id], (IEnumerable<Guid>)refused.Details!["partiesWithoutConsent"]!);

        dispute.RecordConsent(dispute.Parties[1].Id, Consent.Agreed, null, null, By(Clerk));
        await dispute.AcceptAsync(MediationType.People, "调委会", ["李调解"], null, new ThirtyDays(), By(Clerk, 1), default);
        Assert.Equal(DisputeState.Mediating, dispute.State);
        Assert.Equal(Monday.AddDays(31), dispute.Deadline.Due);
    }

    [Fact]
    public void One_party_refusing_declines_the_dispute_and_tells_the_referring_module()
    {
        var dispute = Registered();

        var concluded = dispute.RecordConsent(dispute.Parties[0].Id, Consent.Refused, "不愿调解", "向人民法院起诉", By(Clerk));

        Assert.Equal(DisputeState.Declined, dispute.State);
        Assert.True(dispute.IsClosed);
        Assert.Equal((MediationOutcome.Terminated, "向人民法院起诉"), (concluded!.Outcome, concluded.SuggestedChannel));
        Assert.Throws<BusinessRuleException>(() => dispute.Supervise(SupervisionLevel.Yellow, "督办", By(Chief)));
    }

    [Fact]
    public void Listed_supervision_and_a_leader_in_charge_are_for_major_disputes_only()
    {
        var ordinary = Registered();
        Assert.Contains("重大", Assert.Throws<BusinessRuleException>(() => ordinary.Supervise(SupervisionLevel.Listed, "挂牌", By(Chief))).Message);
        Assert.Throws<BusinessRuleException>(() => ordinary.AssignLeader(null, "区委副书记", [], null, null, null, By(Chief)));
        ordinary.Supervise(SupervisionLevel.Yellow, "请加快调处", By(Chief));
        Assert.Equal((SupervisionLevel.Yellow, "王所长"), (ordinary.Supervision.Level, ordinary.Supervision.By));

        var major = Registered(headcount: 30);
        major.Supervise(SupervisionLevel.Listed, "区里挂牌督办", By(Chief));
        major.AssignLeader(null, "区委副书记 陈某", [], null, null, null, By(Chief));
        Assert.Equal((SupervisionLevel.Listed, "区委副书记 陈某"), (major.Supervision.Level, major.Leader.Name));
    }

    [Fact]
    public async Task The_offered_actions_follow_the_state_the_guards_and_the_callers_permissions()
    {
        var dispute = await MediatingAsync();
        var mediator = new Caller([MediationPermissions.Mediate]);

        var offered = DisputeWorkflow.Definition.AllowedActions(dispute, mediator).Select(a => a.Code).ToList();

        Assert.Contains(nameof(DisputeAction.RequestExtension), offered);
        Assert.DoesNotContain(nameof(DisputeAction.Supervise), offered);
        Assert.DoesNotContain(nameof(DisputeAction.DecideExtension), offered);
        Assert.DoesNotContain(nameof(DisputeAction.AgreementTakesEffect), offered);
    }

    [Fact]
    public async Task Mediation_extends_at_most_twice_by_a_month_and_never_on_the_requesters_own_approval()
    {
        var dispute = await MediatingAsync();
        var due = dispute.Deadline.Due!.Value;

        dispute.RequestExtension(15, "等待鉴定", By(Clerk, 2));
        Assert.Contains("本人", Assert.Throws<BusinessRuleException>(() => dispute.DecideExtension(true, null, By(Clerk, 2))).Message);
        dispute.DecideExtension(true, "同意", By(Chief, 3));
        Assert.Equal(due.AddDays(15), dispute.Deadline.Due);

        Assert.Throws<BusinessRuleException>(() => dispute.RequestExtension(31, "再延", By(Clerk, 4)));
        dispute.RequestExtension(30, "仍需鉴定", By(Clerk, 50));
        dispute.DecideExtension(true, null, By(Chief, 50));
        var third = Assert.Throws<BusinessRuleException>(() => dispute.RequestExtension(10, "还要延", By(Clerk, 60)));
        Assert.Contains("宁波市人民调解条例", third.Message);
    }

    [Fact]
    public async Task An_oral_agreement_takes_effect_at_once_and_performance_runs_to_its_deadline()
    {
        var dispute = await MediatingAsync();

        var concluded = dispute.ReachAgreement(AgreementForm.Oral, "事实", "双方各让一步", null, new DateOnly(2026, 10, 31), By(Clerk, 2));

        Assert.Equal(DisputeState.Performing, dispute.State);
        Assert.Equal(MediationOutcome.Settled, concluded!.Outcome);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8)), dispute.Deadline.Due);
        Assert.Equal([DisputeAction.ReachAgreement, DisputeAction.AgreementTakesEffect], dispute.StepsTaken.TakeLast(2).Select(s => s.Action));
    }

    [Fact]
    public async Task A_written_agreement_takes_effect_with_the_last_signature_and_refuses_strangers()
    {
        var dispute = await MediatingAsync();
        dispute.ReachAgreement(AgreementForm.Written, "事实", "条款", "当面", new DateOnly(2026, 12, 31), By(Clerk, 2));

        Assert.Throws<BusinessRuleException>(() => dispute.SignAgreement(SignerKind.Mediator, null, "张三", null, By(Clerk, 2)));
        Assert.Null(dispute.SignAgreement(SignerKind.Party, dispute.Parties[0].Id, "甲", null, By(Clerk, 2)));
        Assert.Null(dispute.SignAgreement(SignerKind.Party, dispute.Parties[1].Id, "乙", null, By(Clerk, 2)));
        Assert.Null(dispute.SignAgreement(SignerKind.Mediator, null, "李调解", null, By(Clerk, 2)));
        Assert.Equal(DisputeState.AgreementPending, dispute.State);
        Assert.NotNull(dispute.SignAgreement(SignerKind.CommitteeSeal, null, null, null, By(Clerk, 2)));
        Assert.Equal(DisputeState.Performing, dispute.State);
    }

    [Fact]
    public async Task A_failed_mediation_in_a_legal_aid_matter_offers_legal_aid_or_says_the_module_is_missing()
    {
        var dispute = await MediatingAsync(matter: DisputeMatter.LabourRemuneration);
        dispute.EndWithoutAgreement(false, "分歧大", "劳动仲裁", By(Clerk, 2));

        Assert.Null(dispute.OfferLegalAid(false, By(Clerk, 2)));
        Assert.Contains("模块未启用", dispute.StepsTaken[^1].Note);
        var offer = dispute.OfferLegalAid(true, By(Clerk, 2));
        Assert.Equal(2, offer!.PersonIds.Count);
    }

    [Fact]
    public async Task The_county_cannot_escalate_and_a_village_cannot_assign_down()
    {
        var county = Registered(scope: "330106");
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => county.EscalateAsync("请市里处理", new ThirtyDays(), By(Clerk), default));
        Assert.Contains("重大问题不出县", refused.Message);

        await Assert.ThrowsAsync<BusinessRuleException>(() => Registered().AssignDownAsync(null, "交办", new ThirtyDays(), By(Clerk), default));
    }

    [Fact]
    public async Task Escalating_an_accepted_dispute_restarts_its_time_limit_at_the_township()
    {
        var dispute = await MediatingAsync();

        await dispute.EscalateAsync("涉及多个部门", new ThirtyDays(), By(Clerk, 5), default);

        Assert.Equal((HandlingLevel.Township, "330106002"), (dispute.Level, dispute.HandlingScope));
        Assert.Equal(Monday.AddDays(35), dispute.Deadline.Due);
    }

    [Fact]
    public async Task Automatic_supervision_names_the_system_as_the_one_who_supervised()
    {
        var dispute = await MediatingAsync();

        Assert.True(dispute.SuperviseIfDue(new CaseAct(CaseActor.System(SuperviseOverdueCases.Actor), Monday.AddDays(31))));

        Assert.Equal((SupervisionLevel.Red, "系统自动督办"), (dispute.Supervision.Level, dispute.Supervision.By));
        Assert.Contains("超期未办结", dispute.Supervision.Note);
        Assert.Equal("系统自动督办", dispute.StepsTaken[^1].Act.By.Name);
    }

    private sealed class Caller(string[] permissions) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid? UserId { get; } = Guid.NewGuid();

        public string? UserName => "调解员";

        public string? Department => "sfs";

        public Jurisdiction? Jurisdiction => null;

        public bool HasPermission(string permission) => permissions.Contains(permission);
    }
}
