using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.Modules.Petitions.Contracts;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Application.Referrals;

/// <summary>
/// 信访转入: a petition referred to people's mediation becomes a dispute, once per petition (unique on source module and
/// record, whatever the message id). A referral naming fewer than two parties is registered all the same; the clerk
/// completes the parties before 受理. The type is 其他 until the clerk corrects it.
/// </summary>
internal sealed class PetitionReferredToMediationHandler(MediationDbContext db, DisputeIntake intake, CaseActs acts)
    : INotificationHandler<PetitionReferredToMediation>
{
    public const string SourceModule = "Petitions";

    /// <summary>Who registers a referred dispute on its timeline: no clerk of this module did.</summary>
    public const string ReferralActor = "信访转入";

    public async Task Handle(PetitionReferredToMediation referral, CancellationToken ct)
    {
        var recordId = referral.PetitionId.ToString();
        if (await db.Disputes.AnyAsync(d => d.SourceModule == SourceModule && d.SourceRecordId == recordId, ct))
        {
            return;
        }

        var parties = referral.PersonIds.Distinct().Select((id, i) => new PartyDraft(id, null, i == 0 ? PartyRole.Applicant : PartyRole.Other, false))
            .Concat(referral.OrganisationIds.Distinct().Select(id => new PartyDraft(null, id, PartyRole.Respondent, false)))
            .ToList();
        var dispute = await intake.RegisterAsync(new DisputeDraft(
            DisputeSource.PetitionReferral, SourceModule, recordId, null, DisputeType.Other, null, Truncate(referral.Subject, 200),
            Truncate(referral.Content, 4000), null, null, referral.ScopeCode, Math.Max(1, referral.Headcount), null,
            EscalationRisk.Low, false, null, null, parties),
            $"信访件 {referral.TrackingNumber} 转入人民调解{(referral.Note is { Length: > 0 } note ? "：" + Truncate(note, 500) : "")}"
            + (parties.Count < 2 ? "；当事人不足两方，受理前请补充当事人" : ""), acts.BySystem(ReferralActor), ct);
        db.Publish(new DisputeOpenedFromReferral(dispute.Id, dispute.Number, dispute.ScopeCode, SourceModule, recordId) { OccurredAt = dispute.RegisteredAt });
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
