using Governance.Modules.Mediation.Contracts;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Mediation.Domain;

/// <summary>Mediation itself: sessions, the agreement and its signatures, performance, 回访 and 结案, or an end without agreement.</summary>
internal sealed partial class Dispute
{
    /// <summary>调解工作记录: when and where a session was held, who attended and what was said.</summary>
    public void RecordSession(DateTimeOffset heldAt, string place, string attendees, string record, CaseAct act)
    {
        Take(DisputeAction.RecordSession, $"{place.Trim()}：{attendees.Trim()}", act);
        Sessions.Add(new MediationSession
        {
            Id = MonotonicGuid.Next(act.At), DisputeId = Id, HeldAt = heldAt, Place = place.Trim(), Attendees = attendees.Trim(),
            Record = record.Trim(), RecordedBy = act.By.Id,
        });
    }

    /// <summary>
    /// 达成协议 (《人民调解法》第二十八、二十九条) on the day it was reached (<paramref name="reachedAt"/>, not before 受理; now
    /// when not given): a written agreement waits for its signatures; an oral one takes effect that day (第三十条), and then
    /// the conclusion to publish is answered.
    /// </summary>
    public DisputeConcluded? ReachAgreement(
        AgreementForm form, string facts, string terms, string? performanceMethod, DateOnly? performanceDeadline, DateTimeOffset? reachedAt,
        CaseAct act)
    {
        EnsureAllowed(DisputeAction.ReachAgreement);
        var reached = ActDate(reachedAt, AcceptedAt, "达成协议", act);
        Take(DisputeAction.ReachAgreement, $"{form.Label()}：{terms.Trim()}", act, reached);
        Agreement = new Agreement
        {
            Id = MonotonicGuid.Next(act.At),
            DisputeId = Id,
            Form = form,
            Facts = facts.Trim(),
            Terms = terms.Trim(),
            PerformanceMethod = performanceMethod?.Trim() ?? "",
            PerformanceDeadline = performanceDeadline,
            ReachedAt = reached,
        };
        return form == AgreementForm.Oral ? TakeEffect("口头协议自各方当事人达成协议之日起生效（《人民调解法》第三十条）", reached, act) : null;
    }

    /// <summary>
    /// 签名、盖章或者按指印 on the written agreement, dated <paramref name="signedAt"/> (not in the future, not before the
    /// agreement was drawn up; now when not given): a party of the case, one of its mediators, or the committee seal. The last
    /// missing signature makes the agreement effective from the latest signing date (《人民调解法》第二十九条: 自各方当事人签名…
    /// 人民调解员签名并加盖人民调解委员会印章之日起生效), whichever order they were typed in; then the conclusion to publish is answered.
    /// </summary>
    public DisputeConcluded? SignAgreement(SignerKind kind, Guid? partyId, string? signerName, DateTimeOffset? signedAt, CaseAct act)
    {
        EnsureAllowed(DisputeAction.SignAgreement);
        var agreement = Agreement!;
        var name = SignerName(kind, partyId, signerName);
        var signed = ActDate(signedAt, agreement.ReachedAt, "签署", act);
        if (agreement.Signatures.Any(s => s.Kind == kind && s.PartyId == partyId && (kind != SignerKind.Mediator || s.SignerName == name)))
        {
            throw new BusinessRuleException($"{kind.Label()} {name} 已签署");
        }

        agreement.Signatures.Add(new AgreementSignature
        {
            Id = MonotonicGuid.Next(act.At), AgreementId = agreement.Id, Kind = kind, PartyId = partyId, SignerName = name,
            SignedAt = signed, RecordedBy = act.By.Id,
        });
        Take(DisputeAction.SignAgreement, $"{kind.Label()} {name} 签署", act, signed);
        return MissingSignatures().Count == 0
            ? TakeEffect("各方当事人签名、调解员签名并加盖人民调解委员会印章，协议生效（《人民调解法》第二十九条）",
                agreement.Signatures.Max(s => s.SignedAt), act)
            : null;
    }

    /// <summary>《人民调解法》第二十九条: a written agreement needs every party, the mediator and the committee seal.</summary>
    public IReadOnlyList<(SignerKind Kind, Guid? PartyId)> MissingSignatures()
    {
        if (Agreement is not { Form: AgreementForm.Written } agreement)
        {
            return [];
        }

        var missing = Parties.Where(p => !agreement.Signatures.Any(s => s.Kind == SignerKind.Party && s.PartyId == p.Id))
            .Select(p => (SignerKind.Party, (Guid?)p.Id)).ToList();
        missing.AddRange(new[] { SignerKind.Mediator, SignerKind.CommitteeSeal }
            .Where(kind => agreement.Signatures.All(s => s.Kind != kind)).Select(kind => (kind, (Guid?)null)));
        return missing;
    }

    /// <summary>履行完毕: the committee, supervising performance (《人民调解法》第三十一条), records that the agreement was performed.</summary>
    public void ConfirmPerformance(string note, CaseAct act)
    {
        Take(DisputeAction.ConfirmPerformance, note.Trim(), act);
        (Agreement!.PerformedAt, Agreement.PerformanceNote) = (act.At, note.Trim());
        Deadline.Runs(null);
    }

    /// <summary>
    /// 调解不成 or 终止调解: the parties are told which channel to use (《人民调解法》第二十六条); answers the conclusion to publish.
    /// </summary>
    public DisputeConcluded EndWithoutAgreement(bool terminate, string reason, string suggestedChannel, CaseAct act)
    {
        (OutcomeNote, SuggestedChannel) = (reason.Trim(), suggestedChannel.Trim());
        Take(terminate ? DisputeAction.Terminate : DisputeAction.Fail, $"{OutcomeNote}；已告知当事人：{SuggestedChannel}", act);
        return Conclude(terminate ? MediationOutcome.Terminated : MediationOutcome.NotSettled, act);
    }

    /// <summary>回访: a visit to the parties during or after performance.</summary>
    public void RecordFollowUp(DateTimeOffset visitedAt, string visitor, string note, bool satisfied, CaseAct act)
    {
        Take(DisputeAction.FollowUp, $"{visitor.Trim()}回访（{(satisfied ? "满意" : "不满意")}）：{note.Trim()}", act);
        FollowUps.Add(new FollowUpVisit
        {
            Id = MonotonicGuid.Next(act.At), DisputeId = Id, VisitedAt = visitedAt, Visitor = visitor.Trim(), Note = note.Trim(),
            Satisfied = satisfied,
        });
    }

    /// <summary>结案: after performance and at least one follow-up visit, and not while a court is deciding on the agreement.</summary>
    public void Close(string? note, CaseAct act)
    {
        if (AwaitsCourt)
        {
            throw new BusinessRuleException("司法确认尚未有结果，请记录法院决定后再结案");
        }

        Take(DisputeAction.Close, note?.Trim(), act);
    }

    /// <summary>
    /// 《法律援助法》第三十一条: a failed mediation in one of its matters offers legal aid. Answers the referral to send, or null
    /// when the matter does not qualify or the LegalAid module is not enabled (the timeline then says it could not be sent).
    /// </summary>
    public LegalAidReferralOffered? OfferLegalAid(bool legalAidEnabled, CaseAct act)
    {
        if (Matter is not { } matter || !matter.QualifiesForLegalAid())
        {
            return null;
        }

        var persons = Parties.Where(p => p.PersonId is not null).Select(p => p.PersonId!.Value).ToList();
        var told = $"事项属《法律援助法》第三十一条「{matter.Label()}」，已告知当事人可申请法律援助";
        if (!legalAidEnabled)
        {
            Note(DisputeAction.OfferLegalAid, $"{told}；法律援助模块未启用，转介未能发送（模块未启用）", act);
            return null;
        }

        Note(DisputeAction.OfferLegalAid, $"{told}，转介已发送法律援助模块（{persons.Count} 人）", act);
        return new LegalAidReferralOffered(Id, Number, ScopeCode, persons, matter.Label(), $"{Outcome?.Label()}：{SuggestedChannel}")
        {
            OccurredAt = act.At,
        };
    }

    /// <summary>
    /// The officers of <paramref name="parties"/> marked 特殊人群 are to be told; answers the notices to send (none when the
    /// SpecialGroups module is not enabled: the timeline says so).
    /// </summary>
    public IReadOnlyList<SupervisedPersonInDispute> NotifySupervisors(IEnumerable<DisputeParty> parties, bool specialGroupsEnabled, CaseAct act)
    {
        var notices = new List<SupervisedPersonInDispute>();
        foreach (var party in parties.Where(p => p.IsSupervised && p.PersonId is not null))
        {
            if (!specialGroupsEnabled)
            {
                Note(DisputeAction.NotifySupervisor, $"当事人 {party.PersonId} 标记为特殊人群；特殊人群模块未启用，未能通知其监管人员（模块未启用）", act);
                continue;
            }

            notices.Add(new SupervisedPersonInDispute(Id, Number, ScopeCode, party.PersonId!.Value) { OccurredAt = act.At });
            Note(DisputeAction.NotifySupervisor, $"当事人 {party.PersonId} 为特殊人群，已通知其监管人员", act);
        }

        return notices;
    }

    /// <summary>
    /// 协议生效 <paramref name="effective"/>: the mediation is settled that day (the 司法确认 window runs from it); performance
    /// is due by the agreed deadline (warned three days before).
    /// </summary>
    private DisputeConcluded TakeEffect(string note, DateTimeOffset effective, CaseAct act)
    {
        Agreement!.EffectiveAt = effective;
        Take(DisputeAction.AgreementTakesEffect, note, act, effective);
        Deadline.Runs(Agreement.PerformanceDeadline is { } deadline
            ? new Deadline(PerformanceRule, ChinaTime.EndOf(deadline), ChinaTime.StartOf(deadline.AddDays(-3)))
            : null);
        return Conclude(MediationOutcome.Settled, act, effective);
    }

    private string SignerName(SignerKind kind, Guid? partyId, string? signerName)
    {
        switch (kind)
        {
            case SignerKind.Party when Parties.All(p => p.Id != partyId):
                throw new BusinessRuleException("该当事人不在本纠纷中");
            case SignerKind.Mediator when !Mediators.Contains(signerName!.Trim()):
                throw new BusinessRuleException($"{signerName} 不是本案调解员（{string.Join("、", Mediators)}）");
            case SignerKind.CommitteeSeal:
                return Committee ?? "人民调解委员会";
            default:
                return signerName!.Trim();
        }
    }
}
