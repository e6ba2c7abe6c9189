using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Referrals;

/// <summary>The Mediation module opened a dispute from a petition's referral: the petition records the back-link, once.</summary>
internal sealed class DisputeOpenedFromReferralHandler(PetitionsDbContext db, CaseActs acts) : INotificationHandler<DisputeOpenedFromReferral>
{
    public async Task Handle(DisputeOpenedFromReferral notification, CancellationToken ct)
    {
        if (await MediationLinks.PetitionOfAsync(db, notification.SourceModule, notification.SourceRecordId, ct) is { } petition)
        {
            petition.MediationOpened(notification.DisputeId, notification.DisputeNumber, notification.OccurredAt, acts.BySystem(MediationLinks.Actor));
        }
    }
}

/// <summary>
/// A referred dispute's mediation ended: the petition records the outcome and, when settled, the agreement — from which
/// the handler can answer and close it. Applied once per dispute.
/// </summary>
internal sealed class DisputeConcludedHandler(PetitionsDbContext db, CaseActs acts) : INotificationHandler<DisputeConcluded>
{
    public async Task Handle(DisputeConcluded notification, CancellationToken ct)
    {
        if (await MediationLinks.PetitionOfAsync(db, notification.SourceModule, notification.SourceRecordId, ct) is { } petition)
        {
            petition.MediationConcluded(
                new MediationResult(notification.DisputeId, notification.DisputeNumber, notification.Outcome, notification.AgreementId,
                    notification.AgreementSummary, notification.ConcludedAt, notification.SuggestedChannel),
                acts.BySystem(MediationLinks.Actor));
        }
    }
}

internal static class MediationLinks
{
    public const string SourceModule = "Petitions";

    /// <summary>Who the timeline names for steps the Mediation module reported.</summary>
    public const string Actor = "调解模块";

    public static async Task<Petition?> PetitionOfAsync(PetitionsDbContext db, string? sourceModule, string? sourceRecordId, CancellationToken ct) =>
        sourceModule == SourceModule && Guid.TryParse(sourceRecordId, out var id)
            ? await db.Petitions.Include(p => p.Extensions).FirstOrDefaultAsync(p => p.Id == id, ct)
            : null;
}
