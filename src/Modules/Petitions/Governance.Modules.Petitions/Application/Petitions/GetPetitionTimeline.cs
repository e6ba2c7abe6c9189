using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Petitions;

/// <summary>A petition's timeline (办理过程), oldest first; the detail carries it too.</summary>
internal sealed record GetPetitionTimeline(Guid Id) : IQuery<IReadOnlyList<StepView>>;

internal sealed record StepView(
    DateTimeOffset At, string Action, string ActionName, string? FromState, string? ToState, string? ActorName, string? ActorDepartment,
    string? Note);

internal sealed class GetPetitionTimelineHandler(PetitionsDbContext db, ICurrentUser user) : IRequestHandler<GetPetitionTimeline, IReadOnlyList<StepView>>
{
    public async Task<IReadOnlyList<StepView>> Handle(GetPetitionTimeline request, CancellationToken ct)
    {
        await db.FindVisibleAsync(user, request.Id, ct);
        return await db.TimelineOfAsync(request.Id, ct);
    }
}

internal static class PetitionTimeline
{
    /// <summary>The steps of a petition the caller was already found to see (the detail reads it after the petition).</summary>
    public static async Task<IReadOnlyList<StepView>> TimelineOfAsync(this PetitionsDbContext db, Guid petitionId, CancellationToken ct) =>
        await db.Steps.AsNoTracking().Where(s => s.PetitionId == petitionId).OrderBy(s => s.Sequence)
            .Select(s => new StepView(s.At, s.Action, s.ActionName, s.FromState, s.ToState, s.ActorName, s.ActorDepartment, s.Note))
            .ToListAsync(ct);
}

internal static class GetPetitionTimelineEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("{id:guid}/timeline", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetPetitionTimeline(id), ct))
            .RequirePermission(PetitionPermissions.Read)
            .WithSummary("办理过程（时间线）");
}
