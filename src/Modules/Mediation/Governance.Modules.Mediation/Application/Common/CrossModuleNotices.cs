using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Modules;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>
/// The flows into modules that may not be installed: a legal-aid offer (《法律援助法》第三十一条) after a failed mediation
/// and the notice to a supervised person's officer. When the module is not enabled the timeline says the referral or
/// notice could not be sent (模块未启用) and nothing throws.
/// </summary>
internal sealed class CrossModuleNotices(MediationDbContext db, IEnabledModules modules, DisputeFlow flow)
{
    public const string LegalAid = "LegalAid";
    public const string SpecialGroups = "SpecialGroups";

    public void OfferLegalAid(Dispute dispute)
    {
        if (dispute.Matter is not { } matter || !matter.QualifiesForLegalAid())
        {
            return;
        }

        var persons = dispute.Parties.Where(p => p.PersonId is not null).Select(p => p.PersonId!.Value).ToList();
        if (!modules.IsEnabled(LegalAid))
        {
            flow.Note(dispute, DisputeAction.OfferLegalAid,
                $"事项属《法律援助法》第三十一条「{matter.Label()}」，已告知当事人可申请法律援助；法律援助模块未启用，转介未能发送（模块未启用）");
            return;
        }

        db.Publish(new LegalAidReferralOffered(dispute.Id, dispute.Number, dispute.ScopeCode, persons, matter.Label(),
            $"{dispute.Outcome?.Label()}：{dispute.SuggestedChannel}") { OccurredAt = flow.Now });
        flow.Note(dispute, DisputeAction.OfferLegalAid,
            $"事项属《法律援助法》第三十一条「{matter.Label()}」，已告知当事人可申请法律援助，转介已发送法律援助模块（{persons.Count} 人）");
    }

    public void NotifySupervisors(Dispute dispute, IEnumerable<DisputeParty> parties)
    {
        foreach (var party in parties.Where(p => p.IsSupervised && p.PersonId is not null))
        {
            if (!modules.IsEnabled(SpecialGroups))
            {
                flow.Note(dispute, DisputeAction.NotifySupervisor,
                    $"当事人 {party.PersonId} 标记为特殊人群；特殊人群模块未启用，未能通知其监管人员（模块未启用）");
                continue;
            }

            db.Publish(new SupervisedPersonInDispute(dispute.Id, dispute.Number, dispute.ScopeCode, party.PersonId!.Value) { OccurredAt = flow.Now });
            flow.Note(dispute, DisputeAction.NotifySupervisor, $"当事人 {party.PersonId} 为特殊人群，已通知其监管人员");
        }
    }
}
