using System.Globalization;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Time;
using Microsoft.Extensions.Options;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>统一登记, however a dispute arrives (a clerk's registration or a referral): its number, the dispute and its notices.</summary>
internal sealed class DisputeIntake(MediationDbContext db, CrossModuleNotices notices, IOptions<MediationOptions> options)
{
    public async Task<Dispute> RegisterAsync(DisputeDraft draft, string note, CaseAct act, CancellationToken ct)
    {
        var (region, _) = Levels.Place(draft.ScopeCode);
        var year = ChinaTime.DateOf(act.At).Year.ToString(CultureInfo.InvariantCulture);
        var number = $"{region.Value[..6]}-{year}-{await db.NextDisputeNumberAsync(ct):D6}";
        var dispute = Dispute.Register(draft, number, options.Value.MajorHeadcount, note, act);
        db.Disputes.Add(dispute);
        notices.NotifySupervisors(dispute, dispute.Parties, act);
        return dispute;
    }
}
