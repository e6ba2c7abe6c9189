using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Querying;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Application.Sweeps;

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

internal sealed record GetSweep(Guid Id) : IQuery<SweepView>;

/// <summary>Sweeps by region (and below), level, state, overdue and period start (inclusive dates); sort periodStart or dueAt.</summary>
internal sealed record ListSweeps(
    string? RegionCode, HandlingLevel? Level, SweepState? State, bool? Overdue, DateOnly? From, DateOnly? To, string? Sort,
    int Page = 1, int PageSize = 20) : IQuery<Paged<SweepView>>, IListQuery;

internal sealed class ListSweepsValidator : AbstractValidator<ListSweeps>
{
    public ListSweepsValidator()
    {
        RuleFor(q => q.RegionCode).MustBeRegionCode();
        RuleFor(q => q.Level).IsInEnum().WithMessage("层级不在代码表中");
        RuleFor(q => q.State).IsInEnum().WithMessage("状态不在代码表中");
        this.AddListRules(SweepQueries.SortKeys);
    }
}

internal sealed class SweepQueries(MediationDbContext db, ICurrentUser user, TimeProvider clock) :
    IRequestHandler<GetSweep, SweepView>, IRequestHandler<ListSweeps, Paged<SweepView>>
{
    public static readonly SortKeys<Sweep> SortKeys = new("-periodStart", s => s.Id, new Dictionary<string, System.Linq.Expressions.Expression<Func<Sweep, object>>>
    {
        ["periodStart"] = s => s.PeriodStart,
        ["dueAt"] = s => s.DueAt,
    });

    public async Task<SweepView> Handle(GetSweep request, CancellationToken ct) =>
        SweepView.From(await db.Sweeps.AsNoTracking().WithinJurisdictionOf(user, s => s.ScopeCode).FirstOrDefaultAsync(s => s.Id == request.Id, ct)
            ?? throw new NotFoundException("排查任务不存在或不在您的辖区内"), clock.GetUtcNow());

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
