using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.Platform.Abstractions.Auditing;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>A dispute as the caller may read it, with everything its view shows.</summary>
internal sealed class DisputeReader(MediationDbContext db, ICurrentUser user, PartyNames names, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Dispute> VisibleAsync(Guid id, CancellationToken ct) =>
        await db.Disputes.AsNoTracking().WithinJurisdictionOf(user, d => d.ScopeCode)
            .Include(d => d.Parties).Include(d => d.Sessions).Include(d => d.FollowUps).Include(d => d.Extensions)
            .Include(d => d.Agreement).ThenInclude(a => a!.Signatures)
            .AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct)
        ?? throw new NotFoundException("矛盾纠纷不存在或不在您的辖区内");

    /// <summary>The view with party names; showing who is marked 特殊人群 is a sensitive read and is audited.</summary>
    public async Task<DisputeView> ViewAsync(Guid id, CancellationToken ct)
    {
        var dispute = await VisibleAsync(id, ct);
        if (dispute.Parties.Any(p => p.IsSupervised))
        {
            await audit.RecordReadAsync("Mediation", "dispute", dispute.Id.ToString(), "当事人特殊人群标记", ct);
        }

        return DisputeView.From(dispute, await names.OfAsync(dispute.Parties, ct), user, clock.GetUtcNow());
    }
}
