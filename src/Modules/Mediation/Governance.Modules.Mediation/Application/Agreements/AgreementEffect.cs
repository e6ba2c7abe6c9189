using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Mediation.Domain;
using Governance.SharedKernel.Time;

namespace Governance.Modules.Mediation.Application.Agreements;

/// <summary>协议生效: the mediation is settled; performance is due by the agreed deadline.</summary>
internal sealed class AgreementEffect(DisputeFlow flow)
{
    public void TakeEffect(Dispute dispute, string note)
    {
        var agreement = dispute.Agreement!;
        agreement.EffectiveAt = flow.Now;
        flow.Apply(dispute, DisputeAction.AgreementTakesEffect, note);
        (dispute.DueAt, dispute.WarnFrom) = agreement.PerformanceDeadline is { } deadline
            ? (ChinaTime.EndOf(deadline), ChinaTime.StartOf(deadline.AddDays(-3)))
            : ((DateTimeOffset?)null, (DateTimeOffset?)null);
        flow.PublishConcluded(dispute, MediationOutcome.Settled);
    }
}
