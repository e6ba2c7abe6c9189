using FluentValidation;
using Governance.Modules.Mediation.Application.GetSweep;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Querying;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Application.ListSweeps;

/// <summary>Sweeps by region (and below), level, state, overdue and period start (inclusive dates); sort periodStart or dueAt.</summary>
internal sealed record ListSweeps(
    string? RegionCode, HandlingLevel? Level, SweepState? State, bool? Overdue, DateOnly? From, DateOnly? To, string? Sort,
    int Page = 1, int PageSize = 20) : IQuery<Paged<SweepView>>, IListQuery
{
    public static void Map(IEndpointRouteBuilder sweeps) =>
        sweeps.MapGet("", ([AsParameters] ListSweeps q, IMediator m, CancellationToken ct) => m.Send(q, ct))
            .RequirePermission(MediationPermissions.Read).WithSummary("排查任务列表：按区划、层级、状态、超期、周期筛选");
}

internal sealed class ListSweepsValidator : AbstractValidator<ListSweeps>
{
    public ListSweepsValidator()
    {
        RuleFor(q => q.RegionCode).MustBeRegionCode();
        RuleFor(q => q.Level).IsInEnum().WithMessage("层级不在代码表中");
        RuleFor(q => q.State).IsInEnum().WithMessage("状态不在代码表中");
        this.AddListRules(ListSweepsHandler.SortKeys);
    }
}

internal sealed class ListSweepsHandler(MediationDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListSweeps, Paged<SweepView>>
{
    public static readonly SortKeys<Sweep> SortKeys = new("-periodStart", s => s.Id, new Dictionary<string, System.Linq.Expressions.Expression<Func<Sweep, object>>>
    {
        ["periodStart"] = s => s.PeriodStart,
        ["dueAt"] = s => s.DueAt,
    });

    public async Task<Paged<SweepView>> Handle(ListSweeps q, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var sweeps = db.Sweeps.AsNoTracking().WithinJurisdictionOf(user, s => s.ScopeCode);
        if (q.RegionCode is not null)
        {
            var prefix = Levels.ScopeCodeOf(q.RegionCode);
            sweeps = sweeps.Where(s => s.ScopeCode.StartsWith(prefix));
        }

        sweeps = q.Level is { } level ? sweeps.Where(s => s.Level == level) : sweeps;
        sweeps = q.State is { } state ? sweeps.Where(s => s.State == state) : sweeps;
        sweeps = q.From is { } from ? sweeps.Where(s => s.PeriodStart >= from) : sweeps;
        sweeps = q.To is { } to ? sweeps.Where(s => s.PeriodStart <= to) : sweeps;
        if (q.Overdue is { } overdue)
        {
            sweeps = overdue
                ? sweeps.Where(s => s.State == SweepState.Open && s.DueAt < now)
                : sweeps.Where(s => s.State != SweepState.Open || s.DueAt >= now);
        }

        var page = await sweeps.ToPageAsync(q, SortKeys, s => s, ct);
        return page.Map(s => SweepView.From(s, now));
    }
}
