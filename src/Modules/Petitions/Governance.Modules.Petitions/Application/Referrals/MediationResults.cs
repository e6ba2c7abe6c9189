using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Referrals;

/// <summary>The Mediation module opened a dispute from a petition's referral: the petition records the back-link, once.</summary>
internal sealed class DisputeOpenedFromReferralHandler(PetitionsDbContext db, PetitionJournal journal)
    : INotificationHandler<DisputeOpenedFromReferral>
{
    public async Task Handle(DisputeOpenedFromReferral notification, CancellationToken ct)
    {
        if (await MediationLinks.PetitionOfAsync(db, notification.SourceModule, notification.SourceRecordId, ct) is not { } petition
            || petition.DisputeId == notification.DisputeId)
        {
            return;
        }

        petition.DisputeId = notification.DisputeId;
        petition.DisputeNumber = notification.DisputeNumber;
        // The dispute exists, so the referral reached Mediation (even one recorded as not sent while it was switched off).
        petition.MediationReferral = ReferralStatus.Sent;
        petition.MediationReferredAt ??= notification.OccurredAt;
        journal.Step(petition, PetitionAction.MediationOpened, $"调解组织已受理，纠纷编号 {notification.DisputeNumber}", MediationLinks.Actor);
    }
}

/// <summary>
/// A referred dispute's mediation ended: the petition records the outcome and, when settled, the agreement — from which
/// the handler can answer and close it. Applied once per dispute.
/// </summary>
internal sealed class DisputeConcludedHandler(PetitionsDbContext db, PetitionJournal journal) : INotificationHandler<DisputeConcluded>
{
    public async Task Handle(DisputeConcluded notification, CancellationToken ct)
    {
        if (await MediationLinks.PetitionOfAsync(db, notification.SourceModule, notification.SourceRecordId, ct) is not { } petition
            || (petition.DisputeId == notification.DisputeId && petition.MediationConcludedAt is not null))
        {
            return;
        }

        petition.DisputeId = notification.DisputeId;
        petition.DisputeNumber = notification.DisputeNumber;
        petition.MediationOutcome = notification.Outcome;
        petition.MediationAgreementId = notification.AgreementId;
        petition.MediationAgreementSummary = notification.AgreementSummary;
        petition.MediationConcludedAt = notification.ConcludedAt;
        var detail = notification.Outcome == MediationOutcome.Settled
            ? $"达成调解协议：{notification.AgreementSummary}。可依调解协议答复"
            : $"建议途径：{notification.SuggestedChannel ?? "未说明"}";
        journal.Step(petition, PetitionAction.MediationConcluded,
            $"纠纷 {notification.DisputeNumber} {notification.Outcome.Label()}；{detail}", MediationLinks.Actor);
    }
}

internal static class MediationLinks
{
    public const string SourceModule = "Petitions";

    /// <summary>Who the timeline names for steps the Mediation module reported.</summary>
    public static readonly ICurrentUser Actor = new ModuleActor("调解模块");

    public static async Task<Petition?> PetitionOfAsync(PetitionsDbContext db, string? sourceModule, string? sourceRecordId, CancellationToken ct) =>
        sourceModule == SourceModule && Guid.TryParse(sourceRecordId, out var id)
            ? await db.Petitions.FirstOrDefaultAsync(p => p.Id == id, ct)
            : null;
}
