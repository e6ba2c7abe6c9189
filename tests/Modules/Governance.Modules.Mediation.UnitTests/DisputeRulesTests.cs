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
            dispute.AcceptAsync(MediationType.People, "调委会", ["李调解"], null, null, new ThirtyDays(), By(Clerk), default));
        Assert.Equal([dispute.Parties[1].Id], (IEnumerable<Guid>)refused.Details!["partiesWithoutConsent"]!);

        dispute.RecordConsent(dispute.Parties[1].Id, Consent.Agreed, null, null, By(Clerk));
        await dispute.AcceptAsync(MediationType.People, "调委会", ["李调解"], null, null, new ThirtyDays(), By(Clerk, 1), default);
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

        var offered = DisputeWorkflow.Definition.AllowedActions(dispute, mediator, Monday).Select(a => a.Code).ToList();

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

        var concluded = dispute.ReachAgreement(AgreementForm.Oral, "事实", "双方各让一步", null, new DateOnly(2026, 10, 31), null, By(Clerk, 2));

        Assert.Equal(DisputeState.Performing, dispute.State);
        Assert.Equal(MediationOutcome.Settled, concluded!.Outcome);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8)), dispute.Deadline.Due);
        Assert.Equal([DisputeAction.ReachAgreement, DisputeAction.AgreementTakesEffect], dispute.StepsTaken.TakeLast(2).Select(s => s.Action));
    }

    [Fact]
    public async Task A_written_agreement_takes_effect_with_the_last_signature_and_refuses_strangers()
    {
        var dispute = await MediatingAsync();
        dispute.ReachAgreement(AgreementForm.Written, "事实", "条款", "当面", new DateOnly(2026, 12, 31), null, By(Clerk, 2));

        Assert.Throws<BusinessRuleException>(() => dispute.SignAgreement(SignerKind.Mediator, null, "张三", null, By(Clerk, 2)));
        Assert.Null(dispute.SignAgreement(SignerKind.Party, dispute.Parties[0].Id, "甲", null, By(Clerk, 2)));
        Assert.Null(dispute.SignAgreement(SignerKind.Party, dispute.Parties[1].Id, "乙", null, By(Clerk, 2)));
        Assert.Null(dispute.SignAgreement(SignerKind.Mediator, null, "李调解", null, By(Clerk, 2)));
        Assert.Equal(DisputeState.AgreementPending, dispute.State);
        Assert.NotNull(dispute.SignAgreement(SignerKind.CommitteeSeal, null, null, null, By(Clerk, 2)));
        Assert.Equal(DisputeState.Performing, dispute.State);
    }

    [Fact]
    public async Task Acceptance_carries_the_day_it_happened_and_the_time_limit_runs_from_that_day()
    {
        var dispute = Registered();
        foreach (var party in dispute.Parties)
        {
            dispute.RecordConsent(party.Id, Consent.Agreed, null, null, By(Clerk));
        }

        Task Accept(DateTimeOffset on) =>
            dispute.AcceptAsync(MediationType.People, "调委会", ["李调解"], null, on, new ThirtyDays(), By(Clerk, 3), default);

        Assert.Contains("将来", (await Assert.ThrowsAsync<BusinessRuleException>(() => Accept(Monday.AddDays(4)))).Message);
        Assert.Contains("早于", (await Assert.ThrowsAsync<BusinessRuleException>(() => Accept(Monday.AddDays(-1)))).Message);
        await Accept(Monday.AddDays(1));

        Assert.Equal((Monday.AddDays(1), Monday.AddDays(31)), (dispute.AcceptedAt, dispute.Deadline.Due));
        Assert.Equal((Monday.AddDays(1), Monday.AddDays(3)), (dispute.StepsTaken[^1].Happened, dispute.StepsTaken[^1].Act.At));
    }

    [Fact]
    public async Task A_signature_is_dated_neither_in_the_future_nor_before_the_agreement_was_drawn_up()
    {
        var dispute = await MediatingAsync();
        dispute.ReachAgreement(AgreementForm.Written, "事实", "条款", "当面", new DateOnly(2026, 12, 31), Monday.AddDays(2), By(Clerk, 5));

        Assert.Throws<BusinessRuleException>(() => dispute.SignAgreement(SignerKind.Party, dispute.Parties[0].Id, "甲", Monday.AddDays(-38), By(Clerk, 5)));
        Assert.Throws<BusinessRuleException>(() => dispute.SignAgreement(SignerKind.Party, dispute.Parties[0].Id, "甲", Monday.AddDays(6), By(Clerk, 5)));
        Assert.Empty(dispute.Agreement!.Signatures);
    }

    [Fact]
    public async Task A_written_agreement_takes_effect_on_its_last_signatures_date_and_the_confirmation_window_runs_from_it()
    {
        var dispute = await MediatingAsync();
        dispute.ReachAgreement(AgreementForm.Written, "事实", "条款", "当面", new DateOnly(2026, 12, 31), Monday.AddDays(1), By(Clerk, 10));
        dispute.SignAgreement(SignerKind.Mediator, null, "李调解", Monday.AddDays(5), By(Clerk, 10));
        dispute.SignAgreement(SignerKind.Party, dispute.Parties[0].Id, "甲", Monday.AddDays(2), By(Clerk, 10));
        dispute.SignAgreement(SignerKind.Party, dispute.Parties[1].Id, "乙", Monday.AddDays(3), By(Clerk, 10));

        var concluded = dispute.SignAgreement(SignerKind.CommitteeSeal, null, null, Monday.AddDays(4), By(Clerk, 10));

        Assert.Equal(Monday.AddDays(5), dispute.Agreement!.EffectiveAt);
        Assert.Equal((Monday.AddDays(5), Monday.AddDays(5)), (concluded!.ConcludedAt, dispute.ConcludedAt));
        Assert.Equal(Monday.AddDays(5), dispute.StepsTaken[^1].Happened);
        var late = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            dispute.ApplyForJudicialConfirmationAsync("西湖区人民法院", null, new ThirtyDays(), By(Clerk, 36), default));
        Assert.Equal(Dispute.ConfirmationRequestRule, late.Details!["rule"]);
        await dispute.ApplyForJudicialConfirmationAsync("西湖区人民法院", Monday.AddDays(35), new ThirtyDays(), By(Clerk, 36), default);
        Assert.Equal(Monday.AddDays(35), dispute.Agreement.Confirmation!.AppliedAt);
    }

    [Fact]
    public async Task An_oral_agreement_takes_effect_on_the_day_it_was_reached()
    {
        var dispute = await MediatingAsync();

        dispute.ReachAgreement(AgreementForm.Oral, "事实", "双方各让一步", null, null, Monday.AddDays(1), By(Clerk, 3));

        Assert.Equal((Monday.AddDays(1), Monday.AddDays(1)), (dispute.Agreement!.ReachedAt, dispute.Agreement.EffectiveAt));
        Assert.Throws<BusinessRuleException>(() => Registered().ReachAgreement(AgreementForm.Oral, "事实", "条款", null, null, null, By(Clerk)));
    }

    [Fact]
    public async Task No_action_is_offered_that_the_dispute_would_refuse_for_its_state()
    {
        var everyone = new Caller([MediationPermissions.Register, MediationPermissions.Mediate, MediationPermissions.Supervise]);
        string[] Offered(Dispute d) => DisputeWorkflow.Definition.AllowedActions(d, everyone, Monday).Select(a => a.Code).ToArray();

        var village = Registered();
        Assert.DoesNotContain(nameof(DisputeAction.Accept), Offered(village));
        Assert.DoesNotContain(nameof(DisputeAction.AssignDown), Offered(village));
        Assert.DoesNotContain(nameof(DisputeAction.Return), Offered(village));
        Assert.DoesNotContain(nameof(DisputeAction.AssignLeader), Offered(village));
        await Assert.ThrowsAsync<BusinessRuleException>(() => village.AssignDownAsync(null, "交办", new ThirtyDays(), By(Clerk), default));
        Assert.Equal(["UpdateDetails", "RecordConsent", "Decline", "Escalate", "Supervise", "AssignDepartment"],
            RefusalOffers(Assert.Throws<BusinessRuleException>(() => village.ConfirmPerformance("履行", By(Clerk)))));

        var county = Registered(scope: "330106");
        Assert.DoesNotContain(nameof(DisputeAction.Escalate), Offered(county));
        Assert.DoesNotContain(nameof(DisputeAction.Return), Offered(county));
        Assert.Contains(nameof(DisputeAction.AssignDown), Offered(county));
        var cameUp = Registered();
        await cameUp.EscalateAsync("请街道协调", new ThirtyDays(), By(Clerk), default);
        Assert.Contains(nameof(DisputeAction.Return), Offered(cameUp));

        var pending = await MediatingAsync();
        pending.ReachAgreement(AgreementForm.Written, "事实", "条款", "当面", new DateOnly(2026, 12, 31), null, By(Clerk, 2));
        Assert.DoesNotContain(nameof(DisputeAction.AgreementTakesEffect), Offered(pending));
        Assert.Equal(["SignAgreement", "Terminate", "Supervise"],
            RefusalOffers(Assert.Throws<BusinessRuleException>(() => pending.ConfirmPerformance("履行", By(Clerk, 2)))));

        var oral = await MediatingAsync(matter: DisputeMatter.Marriage);
        oral.ReachAgreement(AgreementForm.Oral, "事实", "条款", null, null, null, By(Clerk, 2));
        Assert.DoesNotContain(nameof(DisputeAction.ApplyJudicialConfirmation), Offered(oral));
        Assert.DoesNotContain(nameof(DisputeAction.RecordCourtAcceptance), Offered(oral));
        Assert.DoesNotContain(nameof(DisputeAction.RecordCourtDecision), Offered(oral));
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

    private static string[] RefusalOffers(BusinessRuleException refused) =>
        ((IEnumerable<CodeLabel>)refused.Details!["allowedActions"]!).Select(a => a.Code).ToArray();

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
