using Governance.Modules.Mediation.Contracts;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Petitions.Domain;

/// <summary>
/// 信访件: one petition from registration to 终结, with the rules of 《信访工作条例》 as its methods. Petitioners are
/// Registry persons and organisations by id; no ID or phone number is kept here. Each due date is the statutory deadline
/// of its step; the kit's running deadline is the one running now (what the to-do lists and the overdue filter look at).
/// </summary>
internal sealed class Petition : CaseRecord<Petition, PetitionState, PetitionAction>
{
    /// <summary>集体访 from this many petitioners; also the most representatives a group may send (第二十条).</summary>
    public const int MaxRepresentatives = 5;

    private Petition()
    {
    }

    /// <summary>Public tracking number, e.g. XF33010620261201000042.</summary>
    public string TrackingNumber { get; private set; } = "";

    /// <summary>SHA-256 of the petitioner's query code; the code itself is shown once, at registration.</summary>
    public string QueryCodeHash { get; private set; } = "";

    public PetitionChannel Channel { get; private set; }

    public PetitionCategory Category { get; private set; }

    public PetitionDomain Domain { get; private set; }

    public string Subject { get; private set; } = "";

    public string Content { get; private set; } = "";

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public List<Guid> PetitionerPersonIds { get; private set; } = [];

    public List<Guid> PetitionerOrganisationIds { get; private set; } = [];

    /// <summary>集体访: the group's representatives (at most 5, 《信访工作条例》第二十条).</summary>
    public List<Guid> RepresentativeIds { get; private set; } = [];

    public int Headcount { get; private set; } = 1;

    public bool IsCollective { get; private set; }

    /// <summary>Name or address unclear: the petitioner cannot be notified (《信访工作条例》第二十三条).</summary>
    public bool CannotNotify { get; private set; }

    public bool IsRepeat { get; private set; }

    public Guid? OriginalPetitionId { get; private set; }

    public bool IsLitigationRelated { get; private set; }

    public string? LitigationChannel { get; private set; }

    public bool IsMajorUrgent { get; private set; }

    public DateTimeOffset? ReportedUpAt { get; private set; }

    public RouteKind? RouteKind { get; private set; }

    /// <summary>The department (code) handling it after 转送/交办, or the 信访 office itself when accepted directly.</summary>
    public string? HandlingDepartment { get; private set; }

    public DateTimeOffset? RoutedAt { get; private set; }

    /// <summary>The body that accepted and handles it (its users' jurisdiction code): the 原办理机关 of 第三十五条.</summary>
    public string? HandlingBody { get; private set; }

    /// <summary>The body deciding the 复查: the one above the handling body (第三十五条).</summary>
    public string? ReviewBody { get; private set; }

    /// <summary>The body deciding the 复核: the one above the 复查 body (第三十六条).</summary>
    public string? ReReviewBody { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>第三十一条's way of handling an accepted 申诉求决 matter; null for 建议意见 and 检举控告 (第二十九条、第三十条).</summary>
    public HandlingRoute? HandlingRoute { get; private set; }

    public string? NotAcceptedReason { get; private set; }

    /// <summary>The channel the petitioner is told to use (不予受理 / 诉访分离).</summary>
    public string? SuggestedChannel { get; private set; }

    public DateTimeOffset? RegistrationDue { get; private set; }

    public DateTimeOffset? NoticeDue { get; private set; }

    public DateTimeOffset? NoticeSentAt { get; private set; }

    public DateTimeOffset? AcceptanceDue { get; private set; }

    public DateTimeOffset? ObjectionDue { get; private set; }

    public DateTimeOffset? HandlingDue { get; private set; }

    public AnswerOutcome? AnswerOutcome { get; private set; }

    public string? AnswerBasis { get; private set; }

    public string? AnswerOpinion { get; private set; }

    public bool AnsweredFromMediation { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Whether the answer was issued by the (extended) handling deadline running when it was given.</summary>
    public bool? AnsweredOnTime { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public Satisfaction? Satisfaction { get; private set; }

    public DateTimeOffset? RatedAt { get; private set; }

    public DateTimeOffset? ReviewRequestDue { get; private set; }

    public DateTimeOffset? ReviewRequestedAt { get; private set; }

    public DateTimeOffset? ReviewDue { get; private set; }

    public AnswerOutcome? ReviewOutcome { get; private set; }

    public string? ReviewOpinion { get; private set; }

    public DateTimeOffset? ReviewDecidedAt { get; private set; }

    public DateTimeOffset? ReReviewRequestDue { get; private set; }

    public DateTimeOffset? ReReviewRequestedAt { get; private set; }

    public DateTimeOffset? ReReviewDue { get; private set; }

    public int HearingDays { get; private set; }

    public AnswerOutcome? ReReviewOutcome { get; private set; }

    public string? ReReviewOpinion { get; private set; }

    public DateTimeOffset? ReReviewDecidedAt { get; private set; }

    public DateTimeOffset? FinalizedAt { get; private set; }

    /// <summary>联合接访: the departments receiving together.</summary>
    public List<string> JointDepartments { get; private set; } = [];

    public ReferralStatus? MediationReferral { get; private set; }

    public DateTimeOffset? MediationReferredAt { get; private set; }

    public Guid? DisputeId { get; private set; }

    public string? DisputeNumber { get; private set; }

    public MediationOutcome? MediationOutcome { get; private set; }

    public Guid? MediationAgreementId { get; private set; }

    public string? MediationAgreementSummary { get; private set; }

    public DateTimeOffset? MediationConcludedAt { get; private set; }

    public ReferralStatus? LegalAidReferral { get; private set; }

    public ReferralStatus? HazardReferral { get; private set; }

    /// <summary>The approved 延期 (at most one), if any.</summary>
    public CaseExtension? ApprovedExtension => Extensions.FirstOrDefault(e => e.State == ExtensionState.Approved);

    /// <summary>The handling deadline moved by the approved extension.</summary>
    public DateTimeOffset? ExtendedDue => ApprovedExtension is { } approved ? HandlingDue?.AddDays(approved.Days) : null;

    /// <summary>A matter finished after 复核: the same facts and reasons are not accepted again (第三十六条).</summary>
    public bool IsFinishedAfterReReview => State == PetitionState.Finalized && ReReviewDecidedAt is not null;

    /// <summary>The written notice of how it is handled can and still must be sent.</summary>
    public bool MayNotify => !CannotNotify && State != PetitionState.Registered && NoticeSentAt is null;

    protected override CaseWorkflow<Petition, PetitionState, PetitionAction> Workflow => PetitionWorkflow.Definition;

    /// <summary>
    /// 登记 (第十七条至第二十二条): no petitioner (anonymous, or name and address unclear) marks it 无法告知; an earlier
    /// petition of the same petitioner makes it a repeat, and one finished after 复核 is recorded as 不再受理 at once.
    /// 重大紧急 matters are reported up on registration.
    /// </summary>
    public static Petition Register(NewPetition details, Deadline registration, Deadline notice, Petition? original, CaseAct act)
    {
        if (original is not null && !original.PetitionerPersonIds.Intersect(details.PetitionerPersonIds).Any())
        {
            throw new BusinessRuleException($"原信访件 {original.TrackingNumber} 的信访人与本件不同，不能作为重复信访关联");
        }

        var petition = new Petition
        {
            Id = Guid.CreateVersion7(act.At),
            TrackingNumber = details.TrackingNumber,
            QueryCodeHash = details.QueryCodeHash,
            Channel = details.Channel,
            Category = details.Category,
            Domain = details.Domain,
            Subject = details.Subject,
            Content = details.Content,
            ScopeCode = details.ScopeCode,
            ReceivedAt = details.ReceivedAt,
            RegisteredAt = act.At,
            PetitionerPersonIds = [.. details.PetitionerPersonIds],
            PetitionerOrganisationIds = [.. details.PetitionerOrganisationIds],
            RepresentativeIds = [.. details.RepresentativeIds],
            Headcount = details.Headcount,
            IsCollective = details.Headcount >= MaxRepresentatives,
            CannotNotify = details.CannotNotify || (details.PetitionerPersonIds.Count == 0 && details.PetitionerOrganisationIds.Count == 0),
            IsRepeat = original is not null,
            OriginalPetitionId = original?.Id,
            IsLitigationRelated = details.IsLitigationRelated,
            IsMajorUrgent = details.IsMajorUrgent,
            RegistrationDue = registration.Due,
            NoticeDue = notice.Due,
        };
        if (original is { IsFinishedAfterReReview: true })
        {
            petition.Open(PetitionState.NotAcceptedAgain, PetitionAction.Register,
                $"同一事项已于 {original.TrackingNumber} 复核终结，以同一事实和理由再次信访的不再受理（《信访工作条例》第三十六条）", act);
            return petition;
        }

        petition.Open(PetitionState.Registered, PetitionAction.Register,
            original is null ? null : $"重复信访，原件 {original.TrackingNumber}（{original.State.Label()}）", act);
        petition.Deadline.Runs(registration);
        if (petition.IsMajorUrgent)
        {
            petition.Report("登记时标记为重大紧急", act);
        }

        return petition;
    }

    /// <summary>
    /// 受理 by the 信访 office or the department it was routed to; the handling deadline starts. A repeat of a matter still
    /// open within its time limit elsewhere is not accepted again (第十九条).
    /// </summary>
    /// <summary>
    /// 受理 by <paramref name="handlingBody"/> on the day it happened (<paramref name="acceptedAt"/>: not before the petition
    /// was received, not in the future; now when not given); <paramref name="handling"/> runs from that day.
    /// </summary>
    public void Accept(
        Deadline handling, OpenOriginal? openOriginal, string handlingBody, string? note, CaseAct act, DateTimeOffset? acceptedAt = null,
        HandlingRoute? route = null)
    {
        var handlingRoute = RouteFor(route);
        var accepted = ActDate(acceptedAt, ReceivedAt, "受理", act);
        if (openOriginal is { } open && IsAllowedNow(PetitionAction.Accept))
        {
            throw new BusinessRuleException(
                $"同一事项（{open.TrackingNumber}）已由 {open.HandlingDepartment ?? "原受理机关"} 受理并在办理期限内，不再重复受理" +
                "（《信访工作条例》第十九条）。可告知信访人等待原件办理结果，或作不予受理处理。",
                new Dictionary<string, object?> { ["originalPetitionId"] = OriginalPetitionId, ["originalDue"] = open.Due });
        }

        Take(PetitionAction.Accept, handlingRoute is { } chosen ? $"{chosen.Label()}{Suffix("；", note)}" : note, act, accepted);
        AcceptedAt = accepted;
        HandlingRoute = handlingRoute;
        HandlingBody = handlingBody;
        HandlingDepartment ??= act.By.Department;
        HandlingDue = handling.Due;
        Deadline.Runs(handling);
    }

    /// <summary>
    /// 补正 before 受理: only what <paramref name="correction"/> carries changes; the representatives stay petitioners and
    /// the headcount covers the petitioners.
    /// </summary>
    public void CorrectDetails(DetailsCorrection correction, CaseAct act)
    {
        if (State is not (PetitionState.Registered or PetitionState.AwaitingAcceptance))
        {
            throw new BusinessRuleException($"信访件当前状态为「{State.Label()}」，受理前方可补正登记信息",
                new Dictionary<string, object?> { ["currentState"] = State.ToString() });
        }

        if (correction.PetitionerPersonIds is { } persons && RepresentativeIds.Except(persons).Any())
        {
            throw new BusinessRuleException("代表应是本件的信访人之一：补正后的信访人须包含已登记的代表",
                new Dictionary<string, object?> { ["field"] = "petitionerPersonIds" });
        }

        Take(PetitionAction.CorrectDetails, $"补正：{string.Join("、", correction.ChangedFields)}", act);
        Category = correction.Category ?? Category;
        Domain = correction.Domain ?? Domain;
        Subject = correction.Subject ?? Subject;
        Content = correction.Content ?? Content;
        if (correction.PetitionerPersonIds is { } petitioners)
        {
            PetitionerPersonIds = [.. petitioners];
            Headcount = Math.Max(Headcount, petitioners.Count);
            IsCollective = Headcount >= MaxRepresentatives;
        }
    }

    /// <summary>不予受理, telling the petitioner which channel to use instead (第二十二条、第三十一条).</summary>
    public void Reject(string reason, string channel, CaseAct act)
    {
        Take(PetitionAction.Reject, $"{reason}；告知途径：{channel}", act);
        NotAcceptedReason = reason;
        SuggestedChannel = channel;
    }

    /// <summary>转送 or 交办: the department must decide and notify acceptance in time, or object within 5 working days (第二十三条).</summary>
    public void Route(RouteKind kind, string department, string? note, Deadline acceptance, Deadline objection, CaseAct act)
    {
        Take(kind == Petitions.Domain.RouteKind.Transfer ? PetitionAction.Transfer : PetitionAction.Assign,
            $"{kind.Label()}至 {department}{Suffix("：", note)}", act);
        RouteKind = kind;
        HandlingDepartment = department;
        RoutedAt = act.At;
        AcceptanceDue = acceptance.Due;
        ObjectionDue = objection.Due;
        Deadline.Runs(acceptance);
    }

    /// <summary>退回 within the objection limit (第二十三条): the petition returns to the 信访 office to be routed again.</summary>
    public void ObjectToRouting(string reason, Deadline registration, CaseAct act)
    {
        if (State == PetitionState.AwaitingAcceptance && act.At > ObjectionDue)
        {
            throw new BusinessRuleException(
                $"异议期限已过：应在转送、交办后 5 个工作日内（截至 {ChinaTime.ToText(ObjectionDue)}）提出（《信访工作条例》第二十三条），请依法受理办理。",
                new Dictionary<string, object?> { ["objectionDue"] = ObjectionDue });
        }

        Take(PetitionAction.Decline, $"{HandlingDepartment} 提出异议：{reason}", act);
        HandlingDepartment = null;
        RouteKind = null;
        Deadline.Runs(registration);
    }

    /// <summary>诉访分离: a litigation-related matter goes to the courts, procuratorates or police (第二十八条).</summary>
    /// <summary>
    /// The route of 第三十一条 an accepted matter takes: a 申诉求决 matter's (the 意见书 unless the duty route is chosen);
    /// none for 建议意见 and 检举控告, which are handled under 第二十九条 and 第三十条.
    /// </summary>
    public HandlingRoute? RouteFor(HandlingRoute? requested)
    {
        if (Category == PetitionCategory.Claim)
        {
            return requested ?? Petitions.Domain.HandlingRoute.Opinion;
        }

        return requested is null
            ? null
            : throw new BusinessRuleException(
                $"{Category.Label()}事项按《信访工作条例》{(Category == PetitionCategory.Suggestion ? "第二十九条" : "第三十条")}办理，"
                + "不选择第三十一条的办理方式（route）",
                new Dictionary<string, object?> { ["field"] = "route" });
    }

    /// <summary>导入 the procedure the law provides (第三十一条第一至四项), at registration or once the matter has been accepted.</summary>
    public void SeparateLitigation(string channel, string? note, CaseAct act)
    {
        Take(PetitionAction.SeparateLitigation, $"导入：{channel}{Suffix("；", note)}", act);
        IsLitigationRelated = true;
        LitigationChannel = channel;
        SuggestedChannel = channel;
    }

    /// <summary>书面告知 of how it is handled (受理、转送交办或不予受理); impossible when name and address are unclear (第二十三条).</summary>
    public void NotifyPetitioner(string? note, CaseAct act)
    {
        if (CannotNotify)
        {
            throw new BusinessRuleException("信访人姓名（名称）、住址不清，无法书面告知（《信访工作条例》第二十三条）");
        }

        if (State is PetitionState.Registered || NoticeSentAt is not null)
        {
            throw new BusinessRuleException(NoticeSentAt is null
                ? "尚未作出受理、转送交办或不予受理的处理，没有可告知的内容"
                : $"已于 {ChinaTime.ToText(NoticeSentAt)} 书面告知");
        }

        NoticeSentAt = act.At;
        // A closed petition (不予受理) is still told why: the notice is recorded, not refused.
        Note(PetitionAction.Notify, $"已书面告知信访人{(act.At > NoticeDue ? "（超过告知期限）" : "")}{Suffix("：", note)}", act);
    }

    /// <summary>
    /// 出具信访处理意见书 (第三十二条); from a settled mediation the agreement (第三十三条) is the basis and, by default, the
    /// opinion. The handling deadline stops; whether it was met is kept.
    /// </summary>
    public void Answer(AnswerOutcome outcome, string? basis, string? opinion, bool fromMediation, CaseAct act)
    {
        if (fromMediation && IsAllowedNow(PetitionAction.Answer) && MediationOutcome != Mediation.Contracts.MediationOutcome.Settled)
        {
            throw new BusinessRuleException("尚未收到调解成功的结果（调解协议），不能依调解协议答复");
        }

        RecordAnswer(outcome, basis, opinion, fromMediation, act, act.At);
    }

    private void RecordAnswer(AnswerOutcome outcome, string? basis, string? opinion, bool fromMediation, CaseAct act, DateTimeOffset answeredOn)
    {
        var due = Deadline.Due;
        Take(PetitionAction.Answer, fromMediation ? "依调解协议答复" : null, act, answeredOn);
        if (fromMediation)
        {
            var agreement = $"调解协议（纠纷 {DisputeNumber}，协议 {MediationAgreementId}）：{MediationAgreementSummary}";
            AnswerBasis = string.IsNullOrWhiteSpace(basis) ? agreement : $"{basis.Trim()}；{agreement}";
            AnswerOpinion = string.IsNullOrWhiteSpace(opinion) ? MediationAgreementSummary : opinion.Trim();
        }
        else
        {
            AnswerBasis = basis;
            AnswerOpinion = opinion;
        }

        AnswerOutcome = outcome;
        AnsweredFromMediation = fromMediation;
        AnsweredAt = answeredOn;
        AnsweredOnTime = due is { } handling ? answeredOn <= handling : null;
        Deadline.Runs(null);
    }

    /// <summary>送达: the 30-day window to ask for 复查 starts (第三十五条).</summary>
    /// <summary>
    /// 送达 on the day the petitioner received the answer (<paramref name="deliveredAt"/>: not before the answer, not in the
    /// future; now when not given); the 复查 window <paramref name="reviewRequest"/> runs from that day (第三十五条).
    /// </summary>
    public void Deliver(Deadline reviewRequest, string? note, CaseAct act, DateTimeOffset? deliveredAt = null)
    {
        var delivered = ActDate(deliveredAt, AnsweredAt, "送达", act);
        Take(PetitionAction.Deliver, note, act, delivered);
        DeliveredAt = delivered;
        ReviewRequestDue = reviewRequest.Due;
    }

    /// <summary>The petitioner's evaluation, once, after the answer (第二十一条); by the desk or by the petitioner online.</summary>
    public void Rate(Satisfaction satisfaction, string note, CaseAct act)
    {
        if (AnsweredAt is null)
        {
            throw new BusinessRuleException("信访件答复后才能评价");
        }

        if (Satisfaction is { } given)
        {
            throw new BusinessRuleException($"本件已评价（{given.Label()}），不能重复评价");
        }

        Satisfaction = satisfaction;
        RatedAt = act.At;
        Note(PetitionAction.Rate, $"{satisfaction.Label()}（{note}）", act);
    }

    /// <summary>申请延期 of the handling deadline while it is being handled, at most to <paramref name="longest"/> (第三十四条).</summary>
    public void RequestHandlingExtension(int days, string reason, DateTimeOffset? longest, CaseAct act)
    {
        EnsureHandling("申请延期");
        RequestExtension(days, reason, act, longest);
    }

    /// <summary>批准 / 不予批准 the pending extension (never by its requester); the petitioner must be told the reason.</summary>
    public void DecideHandlingExtension(bool approve, string? note, CaseAct act)
    {
        if (PendingExtension is not null)
        {
            EnsureHandling("审批延期");
        }

        DecideExtension(approve, approve ? $"延期理由应告知信访人{Suffix("；", note)}" : note, act);
    }

    /// <summary>
    /// 复查 (within the window after the answer was delivered, 第三十五条) or 复核 (within the window after the 复查 opinion,
    /// 第三十六条); a request outside its window is refused with the reason.
    /// </summary>
    /// <param name="body">The body above the one before it; null only where the state refuses the request anyway.</param>
    public void RequestReview(ReviewStage stage, Deadline decision, ReviewBody? body, string? note, CaseAct act)
    {
        var review = stage == ReviewStage.Review;
        var action = review ? PetitionAction.RequestReview : PetitionAction.RequestReReview;
        var window = RequestWindow(stage);
        if (IsAllowedNow(action) && !MayRequestReviewAt(stage, act.At))
        {
            throw new BusinessRuleException(review
                ? $"复查请求应自收到书面答复之日起 30 日内提出，期限已于 {ChinaTime.ToText(window)} 届满，不予受理（《信访工作条例》第三十五条）"
                : $"复核请求应自收到复查意见之日起 30 日内提出，期限已于 {ChinaTime.ToText(window)} 届满，不予受理（《信访工作条例》第三十六条）",
                new Dictionary<string, object?> { ["requestDue"] = window });
        }

        Take(action, body is { } to ? $"{stage.Label()}机关：{to.Name}{Suffix("；", note)}" : note, act);
        if (review)
        {
            ReviewRequestedAt = act.At;
            ReviewDue = decision.Due;
            ReviewBody = body!.Value.Code;
        }
        else
        {
            ReReviewRequestedAt = act.At;
            ReReviewDue = decision.Due;
            ReReviewBody = body!.Value.Code;
        }

        Deadline.Runs(decision);
    }

    /// <summary>复查意见 (then 复核 may be asked for within <paramref name="reReviewRequest"/>) or 复核意见, which is 终结 (第三十六条).</summary>
    public void DecideReview(ReviewStage stage, AnswerOutcome outcome, string opinion, Deadline? reReviewRequest, CaseAct act)
    {
        var review = stage == ReviewStage.Review;
        var onTime = act.At <= Deadline.Due ? "" : "（超期）";
        Take(review ? PetitionAction.DecideReview : PetitionAction.DecideReReview, $"{stage.Label()}意见：{outcome.Label()}{onTime}", act);
        if (review)
        {
            ReviewOutcome = outcome;
            ReviewOpinion = opinion;
            ReviewDecidedAt = act.At;
            ReReviewRequestDue = reReviewRequest?.Due;
            Deadline.Runs(null);
        }
        else
        {
            ReReviewOutcome = outcome;
            ReReviewOpinion = opinion;
            ReReviewDecidedAt = act.At;
            FinalizedAt = act.At;
        }
    }

    /// <summary>听证 during 复核: its days (both ends included) do not count towards the re-review deadline (第三十六条).</summary>
    public Hearing RecordHearing(DateOnly start, DateOnly end, string? note, CaseAct act)
    {
        if (State != PetitionState.UnderReReview)
        {
            throw new BusinessRuleException($"信访件当前状态为「{State.Label()}」，只有复核中的事项可以记录听证（不计入复核期限）");
        }

        if (start < ChinaTime.DateOf(ReReviewRequestedAt!.Value))
        {
            throw new BusinessRuleException("听证不能早于复核请求之日");
        }

        var hearing = new Hearing
        {
            Id = Guid.CreateVersion7(act.At), PetitionId = Id, StartDate = start, EndDate = end, Note = note, RecordedAt = act.At,
        };
        HearingDays += hearing.Days;
        ReReviewDue = ReReviewDue!.Value.AddDays(hearing.Days);
        Deadline.ExtendBy(hearing.Days);
        Take(PetitionAction.RecordHearing, $"听证 {start:yyyy-MM-dd} 至 {end:yyyy-MM-dd}（{hearing.Days} 日，不计入复核期限）{note}", act);
        return hearing;
    }

    /// <summary>终结 once the 复查 (or 复核) request window passed without a request (第三十五条、第三十六条).</summary>
    /// <summary>A 复查 (复核) request is made within 30 days of the answer (the 复查 opinion) being received.</summary>
    public bool MayRequestReviewAt(ReviewStage stage, DateTimeOffset now) => !(now > RequestWindow(stage));

    /// <summary>终结 only once the window for the next request has passed unused.</summary>
    public bool MayFinalizeAt(DateTimeOffset now) => !(now <= FinalizingWindow);

    private DateTimeOffset? FinalizingWindow => State == PetitionState.Reviewed ? ReReviewRequestDue : ReviewRequestDue;

    private DateTimeOffset? RequestWindow(ReviewStage stage) => stage == ReviewStage.Review ? ReviewRequestDue : ReReviewRequestDue;

    public void Finalize(string? note, CaseAct act)
    {
        var window = FinalizingWindow;
        if (IsAllowedNow(PetitionAction.Finalize) && !MayFinalizeAt(act.At))
        {
            throw new BusinessRuleException(
                $"信访人请求{(ReviewDecidedAt is null ? "复查" : "复核")}的期限至 {ChinaTime.ToText(window)} 才届满，期满未请求方可终结",
                new Dictionary<string, object?> { ["requestDue"] = window });
        }

        Take(PetitionAction.Finalize, note, act);
        FinalizedAt = act.At;
    }

    /// <summary>联合接访: several departments receive the petitioner together for a one-stop answer (第十八条).</summary>
    public void ReceiveJointly(IReadOnlyList<string> departments, string? note, CaseAct act)
    {
        var joint = departments.Distinct().ToList();
        Take(PetitionAction.JointReception, $"联合接访：{string.Join("、", joint)}{Suffix("；", note)}", act);
        JointDepartments = joint;
    }

    /// <summary>重大紧急 matters are reported up at once (第二十五条); the county level gets a to-do of its own.</summary>
    public void ReportUp(string note, CaseAct act)
    {
        if (ReportedUpAt is { } reported)
        {
            throw new BusinessRuleException($"本件已于 {ChinaTime.ToText(reported)} 作为重大紧急事项上报");
        }

        Report(note, act);
    }

    /// <summary>
    /// 转人民调解, 转法律援助 or 移送安全隐患 (第三十三条、第三十七条), <paramref name="sent"/> or not (the receiving module is
    /// not enabled): the petition and its timeline say which.
    /// </summary>
    public void Refer(ReferralTarget target, bool sent, Guid? personId, string? note, CaseAct act)
    {
        if (target == ReferralTarget.Mediation && MediationReferral == ReferralStatus.Sent)
        {
            throw new BusinessRuleException($"本件已于 {ChinaTime.ToText(MediationReferredAt)} 转人民调解");
        }

        if (target == ReferralTarget.LegalAid && (personId is not { } person || !PetitionerPersonIds.Contains(person)))
        {
            throw new BusinessRuleException("申请法律援助的人应是本件的信访人");
        }

        var (action, moduleName) = target switch
        {
            ReferralTarget.Mediation => (PetitionAction.ReferToMediation, "调解"),
            ReferralTarget.LegalAid => (PetitionAction.ReferToLegalAid, "法律援助"),
            _ => (PetitionAction.ReportHazard, "安全隐患排查"),
        };
        Take(action, $"{(sent ? "已移送" : $"未能移送：{moduleName}模块未启用")}{Suffix("；", note)}", act);
        var status = sent ? ReferralStatus.Sent : ReferralStatus.ModuleDisabled;
        switch (target)
        {
            case ReferralTarget.Mediation:
                MediationReferral = status;
                MediationReferredAt = act.At;
                break;
            case ReferralTarget.LegalAid:
                LegalAidReferral = status;
                break;
            default:
                HazardReferral = status;
                break;
        }
    }

    /// <summary>The Mediation module opened a dispute from the referral: the back-link, once. False when already recorded.</summary>
    public bool MediationOpened(Guid disputeId, string disputeNumber, DateTimeOffset occurredAt, CaseAct act)
    {
        if (DisputeId == disputeId)
        {
            return false;
        }

        DisputeId = disputeId;
        DisputeNumber = disputeNumber;
        // The dispute exists, so the referral reached Mediation (even one recorded as not sent while it was switched off).
        MediationReferral = ReferralStatus.Sent;
        MediationReferredAt ??= occurredAt;
        Note(PetitionAction.MediationOpened, $"调解组织已受理，纠纷编号 {disputeNumber}", act);
        return true;
    }

    /// <summary>
    /// The referred dispute's mediation ended: its outcome and, when settled, the agreement. A settled one answers a
    /// petition still being handled (支持, from the agreement, dated the day it took effect — not before acceptance), and
    /// 送达 stays the office's. Once per dispute.
    /// </summary>
    public bool MediationConcluded(MediationResult result, CaseAct act)
    {
        if (DisputeId == result.DisputeId && MediationConcludedAt is not null)
        {
            return false;
        }

        DisputeId = result.DisputeId;
        DisputeNumber = result.DisputeNumber;
        MediationOutcome = result.Outcome;
        MediationAgreementId = result.AgreementId;
        MediationAgreementSummary = result.AgreementSummary;
        MediationConcludedAt = result.ConcludedAt;
        var settled = result.Outcome == Mediation.Contracts.MediationOutcome.Settled;
        var answers = settled && IsAllowedNow(PetitionAction.Answer);
        var detail = settled
            ? $"达成调解协议：{result.AgreementSummary}。{(answers ? "依调解协议答复" : "可依调解协议答复")}"
            : $"建议途径：{result.SuggestedChannel ?? "未说明"}";
        Note(PetitionAction.MediationConcluded, $"纠纷 {result.DisputeNumber} {result.Outcome.Label()}；{detail}", act);
        if (answers)
        {
            var effective = AcceptedAt is { } accepted && accepted > result.ConcludedAt ? accepted : result.ConcludedAt;
            RecordAnswer(global::Governance.Modules.Petitions.Domain.AnswerOutcome.Support, null, null, fromMediation: true, act, effective);
        }

        return true;
    }

    protected override TimelineEntry NewTimelineEntry() => new PetitionStep(Id);

    protected override CaseWorkItem DescribeWorkItem() =>
        new("Petitions", "petition", $"{TrackingNumber} {Subject}", HandlingDepartment, null, ReceivedAt);

    /// <summary>
    /// 重大紧急: a to-do of its own for the county level, open until the petition is closed; a 复查 or 复核 request: a to-do
    /// of the body deciding it, open until its opinion.
    /// </summary>
    protected override IEnumerable<WorkItem> SideWorkItems()
    {
        if (ReviewBody is { } reviewBody)
        {
            yield return ReviewWorkItem("review", ReviewStage.Review, reviewBody, ReviewRequestedAt!.Value, ReviewDue, ReviewDecidedAt);
        }

        if (ReReviewBody is { } reReviewBody)
        {
            yield return ReviewWorkItem("re-review", ReviewStage.ReReview, reReviewBody, ReReviewRequestedAt!.Value, ReReviewDue, ReReviewDecidedAt);
        }

        if (ReportedUpAt is { } reportedAt)
        {
            yield return new WorkItem(
                "Petitions", $"{Id}/report-up", "petition-major-report", $"重大紧急信访事项上报：{TrackingNumber} {Subject}",
                $"{ScopeCode[..6]}000000", null, null, ClosedAt is null ? "待县级处置" : "已办结", reportedAt, null, null, ClosedAt);
        }
    }

    private WorkItem ReviewWorkItem(string kind, ReviewStage stage, string body, DateTimeOffset requestedAt, DateTimeOffset? due, DateTimeOffset? decidedAt) =>
        new("Petitions", $"{Id}/{kind}", $"petition-{kind}", $"{stage.Label()}请求：{TrackingNumber} {Subject}",
            body.PadRight(RegionCode.CanonicalLength, '0'), null, null, decidedAt is null ? $"待{stage.Label()}" : "已出具意见", requestedAt,
            due, null, decidedAt);

    private static string Suffix(string separator, string? note) => note is null ? "" : separator + note;

    private void Report(string note, CaseAct act)
    {
        Take(PetitionAction.ReportUp, $"重大紧急事项即时上报县级：{note}", act);
        IsMajorUrgent = true;
        ReportedUpAt = act.At;
    }

    /// <summary>A module rule is checked before the step only where the state allows it, so a wrong state is refused as such.</summary>
    private bool IsAllowedNow(PetitionAction action) => Workflow.Machine.IsAllowed(State, action);

    private void EnsureHandling(string what)
    {
        if (State != PetitionState.Accepted)
        {
            throw new BusinessRuleException($"信访件当前状态为「{State.Label()}」，只有办理中的信访件可以{what}",
                new Dictionary<string, object?> { ["currentState"] = State.ToString() });
        }
    }
}

/// <summary>What the desk registers; the tracking number and the query code's hash are made by the handler.</summary>
internal sealed record NewPetition(
    string TrackingNumber,
    string QueryCodeHash,
    PetitionChannel Channel,
    PetitionCategory Category,
    PetitionDomain Domain,
    string Subject,
    string Content,
    string ScopeCode,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<Guid> PetitionerPersonIds,
    IReadOnlyList<Guid> PetitionerOrganisationIds,
    IReadOnlyList<Guid> RepresentativeIds,
    int Headcount,
    bool CannotNotify,
    bool IsLitigationRelated,
    bool IsMajorUrgent);

/// <summary>The original of a repeat petition while it is still open within its time limit.</summary>
internal readonly record struct OpenOriginal(string TrackingNumber, string? HandlingDepartment, DateTimeOffset? Due);

/// <summary>How a referred dispute's mediation ended, as the Mediation module reported it.</summary>
internal sealed record MediationResult(
    Guid DisputeId, string DisputeNumber, MediationOutcome Outcome, Guid? AgreementId, string? AgreementSummary, DateTimeOffset ConcludedAt,
    string? SuggestedChannel);

/// <summary>Where a petition can be referred: each is another module, reached by an integration event.</summary>
internal enum ReferralTarget
{
    Mediation = 1,
    LegalAid = 2,
    SafetyInspections = 3,
}
