using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.Modules.Registry.Contracts.Regions;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Petitions.Application.Statistics;

/// <summary>
/// The annual-report figures of 《信访工作条例》第四十一条 for petitions received in [from, to] within a region and the
/// caller's jurisdiction: volume by channel, category, domain and township; acceptance and on-time rates; repeat and
/// collective petitions; satisfaction; 转送/交办/督办 counts; and the handling bodies with the most petitions.
/// Every figure is a GROUP BY or COUNT in PostgreSQL.
/// </summary>
internal sealed record GetPetitionStatistics(DateOnly? From, DateOnly? To, string? RegionCode) : IQuery<PetitionStatistics>;

internal sealed record CountBy(string Code, string Name, int Count);

internal sealed record PetitionStatistics(
    DateOnly From,
    DateOnly To,
    string? RegionCode,
    int Total,
    int Persons,
    IReadOnlyList<CountBy> ByChannel,
    IReadOnlyList<CountBy> ByCategory,
    IReadOnlyList<CountBy> ByDomain,
    IReadOnlyList<CountBy> ByTownship,
    IReadOnlyList<CountBy> ByState,
    int Decided,
    int Accepted,
    double? AcceptanceRate,
    int Answered,
    int AnsweredOnTime,
    double? OnTimeRate,
    int Repeat,
    int NotAcceptedAgain,
    int Collective,
    int CollectiveHeadcount,
    int Transferred,
    int Assigned,
    int Supervised,
    int MajorUrgent,
    int ReviewRequested,
    int ReReviewRequested,
    IReadOnlyList<CountBy> Satisfaction,
    double? SatisfactionRate,
    IReadOnlyList<CountBy> MostPetitionedBodies);

internal sealed class GetPetitionStatisticsValidator : AbstractValidator<GetPetitionStatistics>
{
    public GetPetitionStatisticsValidator()
    {
        RuleFor(q => q.RegionCode).MustBeRegionCode();
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("to 不能早于 from");
        RuleFor(q => q.To).Must((q, to) => to!.Value.DayNumber - q.From!.Value.DayNumber <= 3660)
            .When(q => q.From is not null && q.To is not null && q.To >= q.From).WithMessage("统计区间不能超过 10 年");
    }
}

internal sealed class GetPetitionStatisticsHandler(PetitionsDbContext db, ICurrentUser user, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetPetitionStatistics, PetitionStatistics>
{
    private const int TopBodies = 10;

    public async Task<PetitionStatistics> Handle(GetPetitionStatistics request, CancellationToken ct)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var from = request.From ?? new DateOnly(today.Year, 1, 1);
        var to = request.To ?? today;
        var (start, end) = (ChinaTime.StartOf(from).ToUniversalTime(), ChinaTime.EndOf(to).ToUniversalTime());
        var petitions = db.Visible(user).AsNoTracking().Where(p => p.ReceivedAt >= start && p.ReceivedAt < end);
        if (request.RegionCode is not null)
        {
            var prefix = RegionCode.Parse(request.RegionCode).Prefix;
            petitions = petitions.Where(p => p.ScopeCode.StartsWith(prefix));
        }

        var totals = await petitions.GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(),
            Persons = g.Sum(p => p.Headcount),
            Decided = g.Count(p => p.AcceptedAt != null || p.State == PetitionState.NotAccepted || p.State == PetitionState.RoutedToLitigation
                || p.State == PetitionState.NotAcceptedAgain),
            Accepted = g.Count(p => p.AcceptedAt != null),
            Answered = g.Count(p => p.AnsweredAt != null),
            OnTime = g.Count(p => p.AnsweredOnTime == true),
            Repeat = g.Count(p => p.IsRepeat),
            NotAcceptedAgain = g.Count(p => p.State == PetitionState.NotAcceptedAgain),
            Collective = g.Count(p => p.IsCollective),
            CollectiveHeadcount = g.Sum(p => p.IsCollective ? p.Headcount : 0),
            Transferred = g.Count(p => p.RouteKind == RouteKind.Transfer),
            Assigned = g.Count(p => p.RouteKind == RouteKind.Assign),
            MajorUrgent = g.Count(p => p.IsMajorUrgent),
            ReviewRequested = g.Count(p => p.ReviewRequestedAt != null),
            ReReviewRequested = g.Count(p => p.ReReviewRequestedAt != null),
        }).SingleOrDefaultAsync(ct);

        // An owned column does not translate inside the grouped aggregate above.
        var supervised = await petitions.CountAsync(p => p.Supervision.Level != null, ct);
        var byChannel = await petitions.GroupBy(p => p.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byCategory = await petitions.GroupBy(p => p.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byDomain = await petitions.GroupBy(p => p.Domain).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byState = await petitions.GroupBy(p => p.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byTownship = await petitions.GroupBy(p => p.ScopeCode.Substring(0, 9)).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).ToListAsync(ct);
        var satisfaction = await petitions.Where(p => p.Satisfaction != null).GroupBy(p => p.Satisfaction!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var bodies = await petitions.Where(p => p.HandlingDepartment != null).GroupBy(p => p.HandlingDepartment!)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(TopBodies).ToListAsync(ct);

        var townships = new List<CountBy>(byTownship.Count);
        foreach (var township in byTownship)
        {
            var code = township.Key.PadRight(12, '0');
            townships.Add(new CountBy(code, (await mediator.Send(new GetRegion(code), ct))?.Name ?? code, township.Count));
        }

        var rated = satisfaction.Sum(s => s.Count);
        var content = satisfaction.Where(s => s.Key != Satisfaction.Dissatisfied).Sum(s => s.Count);
        return new PetitionStatistics(
            from, to, request.RegionCode, totals?.Total ?? 0, totals?.Persons ?? 0,
            Labelled(byChannel.Select(c => (c.Key, c.Count))), Labelled(byCategory.Select(c => (c.Key, c.Count))),
            Labelled(byDomain.Select(c => (c.Key, c.Count))),
            townships,
            Labelled(byState.Select(c => (c.Key, c.Count))),
            totals?.Decided ?? 0, totals?.Accepted ?? 0, Rate(totals?.Accepted, totals?.Decided),
            totals?.Answered ?? 0, totals?.OnTime ?? 0, Rate(totals?.OnTime, totals?.Answered),
            totals?.Repeat ?? 0, totals?.NotAcceptedAgain ?? 0, totals?.Collective ?? 0, totals?.CollectiveHeadcount ?? 0,
            totals?.Transferred ?? 0, totals?.Assigned ?? 0, supervised, totals?.MajorUrgent ?? 0,
            totals?.ReviewRequested ?? 0, totals?.ReReviewRequested ?? 0,
            Labelled(satisfaction.Select(s => (s.Key, s.Count))), Rate(content, rated),
            bodies.Select(b => new CountBy(b.Key, b.Key, b.Count)).ToList());
    }

    private static List<CountBy> Labelled<T>(IEnumerable<(T Key, int Count)> counts)
        where T : struct, Enum =>
        counts.OrderByDescending(c => c.Count).Select(c => new CountBy(c.Key.ToString(), c.Key.Label(), c.Count)).ToList();

    private static double? Rate(int? part, int? whole) => whole is > 0 ? Math.Round((double)part!.Value / whole.Value, 4) : null;
}

internal static class GetPetitionStatisticsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("statistics", ([AsParameters] GetPetitionStatistics query, IMediator mediator, CancellationToken ct) =>
                mediator.Send(query, ct))
            .RequirePermission(PetitionPermissions.Statistics)
            .WithSummary("信访工作年度统计（《信访工作条例》第四十一条）：按渠道、类别、领域、乡镇的数量，受理率、按期办结率、重复访、集体访、满意度、被信访最多的单位");
}
