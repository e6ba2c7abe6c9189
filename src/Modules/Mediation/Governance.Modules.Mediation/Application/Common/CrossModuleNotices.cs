using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Modules;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>
/// The flows into modules that may not be installed: a legal-aid offer (《法律援助法》第三十一条) after a failed mediation
/// and the notice to a supervised person's officer. When the module is not enabled the timeline says the referral or
/// notice could not be sent (模块未启用) and nothing throws.
/// </summary>
internal sealed class CrossModuleNotices(MediationDbContext db, IEnabledModules modules)
{
    public const string LegalAid = "LegalAid";
    public const string SpecialGroups = "SpecialGroups";

    public void OfferLegalAid(Dispute dispute, CaseAct act)
    {
        if (dispute.OfferLegalAid(modules.IsEnabled(LegalAid), act) is { } offer)
        {
            db.Publish(offer);
        }
    }

    public void NotifySupervisors(Dispute dispute, IEnumerable<DisputeParty> parties, CaseAct act)
    {
        foreach (var notice in dispute.NotifySupervisors(parties, modules.IsEnabled(SpecialGroups), act))
        {
            db.Publish(notice);
        }
    }
}
