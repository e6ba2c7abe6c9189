using Governance.Modules.Mediation.Domain;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Time;

namespace Governance.Modules.Mediation.UnitTests;

/// <summary>Disputes in the states the rule tests start from, and time limits without a work calendar.</summary>
internal static class Disputes
{
    public const string Shangbao = "330106002051";

    public static readonly DateTimeOffset Monday = new(2026, 9, 7, 2, 0, 0, TimeSpan.Zero);

    public static readonly CaseActor Clerk = new(Guid.NewGuid(), "李调解", "sfs");

    public static readonly CaseActor Chief = new(Guid.NewGuid(), "王所长", "sfs");

    public static CaseAct By(CaseActor actor, int day = 0) => new(actor, Monday.AddDays(day));

    public static Dispute Registered(int headcount = 2, DisputeMatter? matter = DisputeMatter.Neighbours, string scope = Shangbao) =>
        Dispute.Register(new DisputeDraft(
            DisputeSource.Application, null, null, null, DisputeType.CivilFamilyNeighbour, matter, "邻里排水纠纷", null, null, null, scope,
            headcount, null, EscalationRisk.Low, false, null, null,
            [new PartyDraft(Guid.NewGuid(), null, PartyRole.Applicant, false), new PartyDraft(Guid.NewGuid(), null, PartyRole.Respondent, false)]),
            "330106-2026-000001", 5, "群众申请登记", By(Clerk));

    public static async Task<Dispute> MediatingAsync(int headcount = 2, DisputeMatter? matter = DisputeMatter.Neighbours)
    {
        var dispute = Registered(headcount, matter);
        foreach (var party in dispute.Parties)
        {
            dispute.RecordConsent(party.Id, Consent.Agreed, null, null, By(Clerk));
        }

        await dispute.AcceptAsync(MediationType.People, "上保社区人民调解委员会", ["李调解"], null, null, new ThirtyDays(), By(Clerk), default);
        return dispute;
    }
}

/// <summary>Every time limit is thirty calendar days, warned from the twenty-fifth.</summary>
internal sealed class ThirtyDays : IDisputeDeadlines
{
    public Task<Deadline> HandlingAsync(Dispute dispute, HandlingLevel level, DateTimeOffset start, CancellationToken ct) =>
        RuleAsync(Dispute.PeopleMediationRule, start, dispute, ct);

    public Task<Deadline> RuleAsync(string rule, DateTimeOffset start, Dispute dispute, CancellationToken ct) =>
        Task.FromResult(new Deadline(rule, start.AddDays(30), start.AddDays(25)));
}
