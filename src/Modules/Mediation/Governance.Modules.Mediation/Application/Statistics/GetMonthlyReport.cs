using System.Globalization;
using FluentValidation;
using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
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

namespace Governance.Modules.Mediation.Application.Statistics;

/// <summary>
/// 矛盾纠纷排查调处月报 (DOMAIN.md §3.2) for a month (<c>yyyy-MM</c>, China dates) and a region (default: the caller's
/// jurisdiction), computed in the database: 排查数 = disputes registered in the month, 调处数 = mediations ended in the
/// month (settled, not settled or terminated; 不予调解 not counted), 调处成功数 = those settled; per sub-region and handling
/// level, by the 19 types and by headcount (&lt;50, 50–99, 100–500, &gt;500), with the month's sweeps and the year to date.
/// </summary>
internal sealed record GetMonthlyReport(string? Month, string? RegionCode) : IQuery<MonthlyReport>
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("reports/monthly", ([AsParameters] GetMonthlyReport q, IMediator m, CancellationToken ct) => m.Send(q, ct))
            .RequirePermission(MediationPermissions.Statistics).WithSummary("矛盾纠纷排查调处月报（按区域、层级、类型、涉及人数）");
}

internal sealed record MonthlyReport(
    string Month, string RegionCode, IReadOnlyList<ReportRow> Rows, ReportCounts Total, ReportCounts YearToDate,
    IReadOnlyList<TypeRow> ByType, IReadOnlyList<HeadcountRow> ByHeadcount, SweepCounts Sweeps);

internal sealed record ReportCounts(int Found, int Mediated, int Settled, int Major, decimal? MediationRate, decimal? SuccessRate)
{
    public static ReportCounts Of(int found, int mediated, int settled, int major) =>
        new(found, mediated, settled, major, Rate(mediated, found), Rate(settled, mediated));

    public static ReportCounts Sum(IEnumerable<ReportCounts> rows)
    {
        var list = rows.ToList();
        return Of(list.Sum(r => r.Found), list.Sum(r => r.Mediated), list.Sum(r => r.Settled), list.Sum(r => r.Major));
    }

    private static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1);
}

internal sealed record ReportRow(string RegionCode, HandlingLevel Level, string LevelName, ReportCounts Counts);

internal sealed record TypeRow(DisputeType Type, string TypeName, int Found, int Major);

internal sealed record HeadcountRow(string Bucket, int Found, int Major);

internal sealed record SweepCounts(int Due, int Reported, int ZeroReports, int Late, int Missed);

internal sealed class GetMonthlyReportValidator : AbstractValidator<GetMonthlyReport>
{
    public GetMonthlyReportValidator()
    {
        RuleFor(q => q.Month).NotEmpty().WithMessage("请填写月份（yyyy-MM）")
            .Must(m => DateOnly.TryParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .WithMessage("月份格式应为 yyyy-MM，如 2026-12");
        RuleFor(q => q.RegionCode).MustBeRegionCode();
    }
}

internal sealed class GetMonthlyReportHandler(MediationDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetMonthlyReport, MonthlyReport>
{
    private static readonly string[] Buckets = ["50人以下", "50至99人", "100至500人", "500人以上"];

    public async Task<MonthlyReport> Handle(GetMonthlyReport q, CancellationToken ct)
    {
        var first = DateOnly.ParseExact(q.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (start, end) = (ChinaTime.StartOf(first), ChinaTime.StartOf(first.AddMonths(1)));
        var prefix = q.RegionCode is null ? user.Jurisdiction?.Code ?? "" : Levels.ScopeCodeOf(q.RegionCode);
        user.EnsureWithinJurisdiction(prefix, "统计区域");
        var childLength = prefix.Length switch { <= 6 => 9, 9 => 12, _ => prefix.Length };
        var disputes = db.Disputes.AsNoTracking().WithinJurisdictionOf(user, d => d.ScopeCode).Where(d => d.ScopeCode.StartsWith(prefix));

        var rows = (await Grouped(disputes, start, end, childLength, ct))
            .OrderBy(r => r.RegionCode, StringComparer.Ordinal).ThenBy(r => r.Level).ToList();
        var yearToDate = ReportCounts.Sum((await Grouped(disputes, ChinaTime.StartOf(new DateOnly(first.Year, 1, 1)), end, childLength, ct))
            .Select(r => r.Counts));

        var found = disputes.Where(d => d.RegisteredAt >= start && d.RegisteredAt < end);
        var byType = (await found.GroupBy(d => d.Type)
                .Select(g => new { Type = g.Key, Found = g.Count(), Major = g.Count(d => d.IsMajor) }).ToListAsync(ct))
            .ToDictionary(t => t.Type);
        var byHeadcount = (await found
                .GroupBy(d => d.Headcount < 50 ? 0 : d.Headcount < 100 ? 1 : d.Headcount <= 500 ? 2 : 3)
                .Select(g => new { Bucket = g.Key, Found = g.Count(), Major = g.Count(d => d.IsMajor) }).ToListAsync(ct))
            .ToDictionary(b => b.Bucket);

        var (firstDay, lastDay, now) = (first, first.AddMonths(1).AddDays(-1), clock.GetUtcNow());
        var sweeps = await db.Sweeps.AsNoTracking().WithinJurisdictionOf(user, s => s.ScopeCode)
            .Where(s => s.ScopeCode.StartsWith(prefix) && s.PeriodEnd >= firstDay && s.PeriodEnd <= lastDay)
            .GroupBy(_ => 1)
            .Select(g => new SweepCounts(
                g.Count(), g.Count(s => s.State == SweepState.Reported), g.Count(s => s.ZeroReport), g.Count(s => s.Late),
                g.Count(s => s.State == SweepState.Open && s.DueAt < now)))
            .SingleOrDefaultAsync(ct) ?? new SweepCounts(0, 0, 0, 0, 0);

        return new MonthlyReport(
            q.Month!, prefix, rows, ReportCounts.Sum(rows.Select(r => r.Counts)), yearToDate,
            Enum.GetValues<DisputeType>().Select(t => byType.TryGetValue(t, out var c)
                ? new TypeRow(t, t.Label(), c.Found, c.Major) : new TypeRow(t, t.Label(), 0, 0)).ToList(),
            Buckets.Select((label, i) => byHeadcount.TryGetValue(i, out var c)
                ? new HeadcountRow(label, c.Found, c.Major) : new HeadcountRow(label, 0, 0)).ToList(),
            sweeps);
    }

    /// <summary>One GROUP BY over the disputes registered or concluded in [start, end), per sub-region and handling level.</summary>
    private static async Task<List<ReportRow>> Grouped(IQueryable<Dispute> disputes, DateTimeOffset start, DateTimeOffset end, int childLength, CancellationToken ct)
    {
        var groups = await disputes
            .Where(d => (d.RegisteredAt >= start && d.RegisteredAt < end) || (d.ConcludedAt >= start && d.ConcludedAt < end))
            .GroupBy(d => new { Region = d.ScopeCode.Substring(0, childLength), d.Level })
            .Select(g => new
            {
                g.Key.Region,
                g.Key.Level,
                Found = g.Count(d => d.RegisteredAt >= start && d.RegisteredAt < end),
                Mediated = g.Count(d => d.ConcludedAt >= start && d.ConcludedAt < end && d.State != DisputeState.Declined),
                Settled = g.Count(d => d.ConcludedAt >= start && d.ConcludedAt < end && d.Outcome == MediationOutcome.Settled),
                Major = g.Count(d => d.RegisteredAt >= start && d.RegisteredAt < end && d.IsMajor),
            })
            .ToListAsync(ct);
        return groups.Select(g => new ReportRow(g.Region, g.Level, g.Level.Label(), ReportCounts.Of(g.Found, g.Mediated, g.Settled, g.Major))).ToList();
    }
}
