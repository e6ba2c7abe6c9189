using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Application.GetDisputeTimeline;

/// <summary>The dispute's timeline (办理过程), oldest first.</summary>
internal sealed record GetDisputeTimeline(Guid Id) : IQuery<IReadOnlyList<TimelineView>>
{
    public static void Map(DisputeRoutes routes) =>
        routes.Disputes.MapGet("{id:guid}/timeline", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetDisputeTimeline(id), ct))
            .RequirePermission(MediationPermissions.Read).WithSummary("办理过程（时间线）");
}

internal sealed record TimelineView(
    DateTimeOffset At, string? ActorName, string? ActorDepartment, string Action, string ActionName, string? FromState, string? ToState, string? Note);

internal sealed class GetDisputeTimelineHandler(MediationDbContext db, ICurrentUser user) : IRequestHandler<GetDisputeTimeline, IReadOnlyList<TimelineView>>
{
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
