using Governance.Modules.Mediation.Contracts;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Mediation.Domain;

/// <summary>
/// 矛盾纠纷: one case registered once (个案备案), handled by one level at a time. Its rules are its methods (intake here,
/// the ladder, mediation and 司法确认 in the other parts); 督办, 领导包案 and 延期 are the kit's.
/// </summary>
internal sealed partial class Dispute : CaseRecord<Dispute, DisputeState, DisputeAction>
{
    private Dispute()
    {
    }

    /// <summary>案件编号, e.g. 330106-2026-000042.</summary>
    public string Number { get; private set; } = "";

    public DisputeSource Source { get; private set; }

    /// <summary>The referring module and record (信访转入: <c>Petitions</c> and the petition id); unique together.</summary>
    public string? SourceModule { get; private set; }

    public string? SourceRecordId { get; private set; }

    /// <summary>The sweep (排查) that found it.</summary>
    public Guid? SweepId { get; private set; }

    public DisputeType Type { get; private set; }

    public DisputeMatter? Matter { get; private set; }

    public string Subject { get; private set; } = "";

    public string? Description { get; private set; }

    public DateOnly? OccurredOn { get; private set; }

    public string? Location { get; private set; }

    public HandlingLevel Level { get; private set; }

    /// <summary>The significant digits of the region whose level handles it now (the village, its township or county).</summary>
    public string HandlingScope { get; private set; } = "";

    public string? HandlingDepartment { get; private set; }

    public int Headcount { get; private set; }

    public decimal? Amount { get; private set; }

    public EscalationRisk Risk { get; private set; }

    /// <summary>重大/群体性: from the headcount thresholds, or marked by the clerk.</summary>
    public bool IsMajor { get; private set; }

    /// <summary>A SafetyInspections hazard the dispute is about (by id; no cross-schema key).</summary>
    public Guid? RelatedHazardId { get; private set; }

    /// <summary>A Registry house (rental house, FloatingPopulation) the dispute is about.</summary>
    public Guid? RelatedHouseId { get; private set; }

    public MediationType? MediationType { get; private set; }

    /// <summary>人民调解委员会 handling it.</summary>
    public string? Committee { get; private set; }

    public List<string> Mediators { get; private set; } = [];

    public Guid? AssigneeId { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset? ConcludedAt { get; private set; }

    public MediationOutcome? Outcome { get; private set; }

    public string? OutcomeNote { get; private set; }

    /// <summary>For a dispute not settled or terminated: the channel the parties were told of (诉讼、仲裁、行政复议 …).</summary>
    public string? SuggestedChannel { get; private set; }

    public List<DisputeParty> Parties { get; private set; } = [];

    public List<MediationSession> Sessions { get; private set; } = [];

    public Agreement? Agreement { get; private set; }

    public List<FollowUpVisit> FollowUps { get; private set; } = [];

    protected override CaseWorkflow<Dispute, DisputeState, DisputeAction> Workflow => DisputeWorkflow.Definition;

    /// <summary>统一登记 at the level of its place; a dispute of <paramref name="majorHeadcount"/> people or more is 群体性 and major.</summary>
    public static Dispute Register(DisputeDraft draft, string number, int majorHeadcount, string note, CaseAct act)
    {
        var (region, level) = Levels.Place(draft.ScopeCode);
        var dispute = new Dispute
        {
            Id = MonotonicGuid.Next(act.At),
            Number = number,
            Source = draft.Source,
            SourceModule = draft.SourceModule,
            SourceRecordId = draft.SourceRecordId,
            SweepId = draft.SweepId,
            Type = draft.Type,
            Matter = draft.Matter,
            Subject = draft.Subject.Trim(),
            Description = draft.Description?.Trim(),
            OccurredOn = draft.OccurredOn,
            Location = draft.Location?.Trim(),
            ScopeCode = Levels.ScopeCodeOf(draft.ScopeCode),
            Level = level,
            HandlingScope = Levels.ScopeAt(region, level),
            HandlingDepartment = act.By.Department,
            Headcount = draft.Headcount,
            Amount = draft.Amount,
            Risk = draft.Risk,
            IsMajor = draft.MarkedMajor,
            RelatedHazardId = draft.RelatedHazardId,
            RelatedHouseId = draft.RelatedHouseId,
            RegisteredAt = act.At,
        };
        dispute.Parties.AddRange(draft.Parties.Select(p => dispute.NewParty(p, act)));
        dispute.Open(DisputeState.Registered, DisputeAction.Register, note, act);
        dispute.MarkMajorIfGroup(majorHeadcount, act);
        return dispute;
    }

    /// <summary>补正登记信息 before 受理; answers the parties newly marked 特殊人群 (their officers are to be told).</summary>
    public IReadOnlyList<DisputeParty> UpdateDetails(DisputeDetails details, int majorHeadcount, CaseAct act)
    {
        Take(DisputeAction.UpdateDetails, null, act);
        (Type, Matter, Subject, Description) = (details.Type, details.Matter, details.Subject.Trim(), details.Description?.Trim());
        (Location, Headcount, Amount, Risk) = (details.Location?.Trim(), details.Headcount, details.Amount, details.Risk);
        (RelatedHazardId, RelatedHouseId) = (details.RelatedHazardId, details.RelatedHouseId);
        MarkMajorIfGroup(majorHeadcount, act);

        Parties.RemoveAll(p => !details.Parties.Any(w => w.PersonId == p.PersonId && w.OrganisationId == p.OrganisationId));
        var newlySupervised = new List<DisputeParty>();
        foreach (var draft in details.Parties)
        {
            var party = Parties.FirstOrDefault(p => p.PersonId == draft.PersonId && p.OrganisationId == draft.OrganisationId);
            if (party is null)
            {
                party = NewParty(draft, act);
                Parties.Add(party);
            }
            else
            {
                party.Role = draft.Role;
            }

            if (draft.IsSupervised && !party.IsSupervised)
            {
                newlySupervised.Add(party);
            }

            party.IsSupervised = draft.IsSupervised;
        }

        return newlySupervised;
    }

    /// <summary>
    /// A party's answer to mediation (《人民调解法》第十七条). A refusal ends the case as 不予调解 at once; then the conclusion
    /// to publish is answered.
    /// </summary>
    public DisputeConcluded? RecordConsent(Guid partyId, Consent consent, string? note, string? suggestedChannel, CaseAct act)
    {
        var party = Parties.FirstOrDefault(p => p.Id == partyId) ?? throw new BusinessRuleException("该当事人不在本纠纷中");
        Take(DisputeAction.RecordConsent, $"当事人{consent.Label()}{(note is null ? "" : "：" + note)}", act);
        (party.Consent, party.ConsentNote) = (consent, note);
        return consent == Consent.Refused
            ? Decline("当事人一方明确拒绝调解，不得调解（《人民调解法》第十七条）", suggestedChannel!, act)
            : null;
    }

    /// <summary>不予调解, telling the parties the other channels open to them.</summary>
    public DisputeConcluded Decline(string reason, string suggestedChannel, CaseAct act)
    {
        SuggestedChannel = suggestedChannel.Trim();
        OutcomeNote = reason;
        Take(DisputeAction.Decline, $"{reason}；已告知当事人：{SuggestedChannel}", act);
        return Conclude(MediationOutcome.Terminated, act);
    }

    /// <summary>At least two parties and every one of them agreed to mediation (《人民调解法》第十七条): 受理 is open.</summary>
    public bool HasEveryPartysConsent => Parties.Count >= 2 && Parties.All(p => p.Consent == Consent.Agreed);

    /// <summary>
    /// 受理 and 指派 on the day it happened (<paramref name="acceptedAt"/>, not before registration; now when not given): at
    /// least two parties, every one of them agreeing to mediation; the committee and mediators take it and the handling
    /// level's time limit starts from that day.
    /// </summary>
    public async Task AcceptAsync(
        MediationType type, string committee, IReadOnlyList<string> mediators, string? note, DateTimeOffset? acceptedAt,
        IDisputeDeadlines deadlines, CaseAct act, CancellationToken ct)
    {
        EnsureAllowed(DisputeAction.Accept);
        if (Parties.Count < 2)
        {
            throw new BusinessRuleException("矛盾纠纷至少有两方当事人，请先补正当事人再受理", new Dictionary<string, object?> { ["parties"] = Parties.Count });
        }

        var pending = Parties.Where(p => p.Consent != Consent.Agreed).Select(p => p.Id).ToList();
        if (pending.Count > 0)
        {
            throw new BusinessRuleException("受理前应征得各方当事人同意调解（《人民调解法》第十七条），尚有当事人未表态",
                new Dictionary<string, object?> { ["partiesWithoutConsent"] = pending });
        }

        var accepted = ActDate(acceptedAt, RegisteredAt, "受理", act);
        (MediationType, Committee, Mediators) = (type, committee.Trim(), mediators.Select(m => m.Trim()).ToList());
        (AcceptedAt, AssigneeId, HandlingDepartment) = (accepted, act.By.Id, act.By.Department);
        Take(DisputeAction.Accept, $"{type.Label()}，{Committee}，调解员 {string.Join("、", Mediators)}{(note is null ? "" : "；" + note)}", act, accepted);
        Deadline.Runs(await deadlines.HandlingAsync(this, Level, accepted, ct));
    }

    /// <summary>挂牌督办 only for major disputes.</summary>
    protected override void EnsureMaySupervise(SupervisionLevel level)
    {
        if (level == SupervisionLevel.Listed && !IsMajor)
        {
            throw new BusinessRuleException("挂牌督办只用于重大矛盾纠纷");
        }
    }

    /// <summary>领导包案 only for major disputes.</summary>
    protected override void EnsureMayAssignLeader()
    {
        if (!IsMajor)
        {
            throw new BusinessRuleException("领导包案用于重大矛盾纠纷，请先标记为重大");
        }
    }

    protected override TimelineEntry NewTimelineEntry() => new DisputeStep(Id);

    protected override CaseWorkItem DescribeWorkItem() =>
        new("Mediation", "dispute", $"{Number} {Subject}", HandlingDepartment, AssigneeId, RegisteredAt);

    /// <summary>群体性纠纷: <paramref name="threshold"/> people or more make it major, and the timeline says why.</summary>
    private void MarkMajorIfGroup(int threshold, CaseAct act)
    {
        if (IsMajor || Headcount < threshold)
        {
            return;
        }

        IsMajor = true;
        Note(DisputeAction.Register, $"涉及 {Headcount} 人，达到群体性纠纷标准（{threshold} 人以上），标记为重大矛盾纠纷", act);
    }

    private DisputeParty NewParty(PartyDraft draft, CaseAct act) => new()
    {
        Id = MonotonicGuid.Next(act.At),
        DisputeId = Id,
        PersonId = draft.PersonId,
        OrganisationId = draft.OrganisationId,
        Role = draft.Role,
        IsSupervised = draft.IsSupervised,
    };

    /// <summary>The mediation ended (<paramref name="on"/> the day it did, or now): the referring module (and anyone else) is to be told how.</summary>
    private DisputeConcluded Conclude(MediationOutcome outcome, CaseAct act, DateTimeOffset? on = null)
    {
        (Outcome, ConcludedAt) = (outcome, on ?? act.At);
        var agreement = outcome == MediationOutcome.Settled ? Agreement : null;
        return new DisputeConcluded(Id, Number, ScopeCode, SourceModule, SourceRecordId, outcome, agreement?.Id,
            agreement is null ? null : Summary(agreement.Terms), SuggestedChannel, ConcludedAt.Value) { OccurredAt = act.At };
    }

    private static string Summary(string terms) => terms.Length <= 200 ? terms : terms[..199] + "…";
}
