using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Application.GetSweep;

internal sealed record SweepView(
    Guid Id, string ScopeCode, HandlingLevel Level, string LevelName, SweepFrequency Frequency, string FrequencyName, DateOnly PeriodStart,
    DateOnly PeriodEnd, DateTimeOffset DueAt, SweepState State, string StateName, bool Overdue, DateTimeOffset? ReportedAt,
    string? ReportedByName, int FoundCount, bool ZeroReport, bool Late, string? Note, uint Version)
{
    public static SweepView From(Sweep s, DateTimeOffset now) => new(
        s.Id, s.ScopeCode, s.Level, s.Level.Label(), s.Frequency, s.Frequency.Label(), s.PeriodStart, s.PeriodEnd, s.DueAt, s.State,
        s.State.Label(), s.State == SweepState.Open && now > s.DueAt, s.ReportedAt, s.ReportedByName, s.FoundCount, s.ZeroReport, s.Late,
        s.Note, s.Version);
}

internal sealed record GetSweep(Guid Id) : IQuery<SweepView>
{
    public static void Map(IEndpointRouteBuilder sweeps) =>
        sweeps.MapGet("{id:guid}", (Guid id, IMediator m, HttpContext h, CancellationToken ct) => ReadAsync(m, id, h, ct))
            .RequirePermission(MediationPermissions.Read).WithSummary("排查任务详情");

    /// <summary>The sweep as it is now, with its ETag on the response.</summary>
    public static async Task<SweepView> ReadAsync(IMediator mediator, Guid id, HttpContext http, CancellationToken ct)
    {
        var view = await mediator.Send(new GetSweep(id), ct);
        EntityTags.Set(http, view.Version);
        return view;
    }
}

internal sealed class GetSweepHandler(MediationDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetSweep, SweepView>
{
    public async Task<SweepView> Handle(GetSweep request, CancellationToken ct) =>
        SweepView.From(await db.Sweeps.AsNoTracking().WithinJurisdictionOf(user, s => s.ScopeCode).FirstOrDefaultAsync(s => s.Id == request.Id, ct)
            ?? throw new NotFoundException("排查任务不存在或不在您的辖区内"), clock.GetUtcNow());
}
