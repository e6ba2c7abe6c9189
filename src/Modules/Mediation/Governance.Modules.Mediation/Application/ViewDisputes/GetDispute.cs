using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Application.ViewDisputes;

internal sealed record GetDispute(Guid Id) : IQuery<DisputeView>;

/// <summary>The dispute's timeline (办理过程), oldest first.</summary>
internal sealed record GetDisputeTimeline(Guid Id) : IQuery<IReadOnlyList<TimelineView>>;

internal sealed record TimelineView(
    DateTimeOffset At, string? ActorName, string? ActorDepartment, string Action, string ActionName, string? FromState, string? ToState, string? Note);

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

        return DisputeView.From(dispute, await names.OfAsync(dispute.Parties, ct), clock.GetUtcNow());
    }
}

internal sealed class GetDisputeHandlers(MediationDbContext db, ICurrentUser user, DisputeReader reader) :
    IRequestHandler<GetDispute, DisputeView>, IRequestHandler<GetDisputeTimeline, IReadOnlyList<TimelineView>>
{
    public Task<DisputeView> Handle(GetDispute request, CancellationToken ct) => reader.ViewAsync(request.Id, ct);

    public async Task<IReadOnlyList<TimelineView>> Handle(GetDisputeTimeline request, CancellationToken ct)
    {
        if (!await db.Disputes.WithinJurisdictionOf(user, d => d.ScopeCode).AnyAsync(d => d.Id == request.Id, ct))
        {
            throw new NotFoundException("矛盾纠纷不存在或不在您的辖区内");
        }

        return await db.Steps.AsNoTracking().Where(s => s.DisputeId == request.Id).OrderBy(s => s.Sequence)
            .Select(s => new TimelineView(s.At, s.ActorName, s.ActorDepartment, s.Action, s.ActionName, s.FromState, s.ToState, s.Note))
            .ToListAsync(ct);
    }
}
