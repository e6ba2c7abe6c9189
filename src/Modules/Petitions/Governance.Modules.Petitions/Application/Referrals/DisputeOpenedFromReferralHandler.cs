using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

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
