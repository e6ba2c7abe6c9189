using Governance.Modules.Mediation.Domain;
using Microsoft.Extensions.Options;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>群体性纠纷: a dispute reaching <c>Modules:Mediation:MajorHeadcount</c> people is marked major, and the timeline says why.</summary>
internal sealed class MajorDisputes(DisputeFlow flow, IOptions<MediationOptions> options)
{
    public void Apply(Dispute dispute)
    {
        var threshold = options.Value.MajorHeadcount;
        if (dispute.IsMajor || dispute.Headcount < threshold)
        {
            return;
        }

        dispute.IsMajor = true;
        flow.Note(dispute, DisputeAction.Register, $"涉及 {dispute.Headcount} 人，达到群体性纠纷标准（{threshold} 人以上），标记为重大矛盾纠纷");
    }
}
