using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Petitions.Application.Referrals;

/// <summary>
/// A referred dispute's mediation ended: the petition records the outcome and, when settled, the agreement, which answers
/// a petition still being handled (DOMAIN.md §2.5; 送达 stays the office's). Applied once per dispute.
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
