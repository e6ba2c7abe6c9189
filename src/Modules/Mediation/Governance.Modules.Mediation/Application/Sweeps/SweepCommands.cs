using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.Modules.Registry.Contracts.Regions;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.WorkItems;
using Governance.SharedKernel.Workflow;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Modules.Mediation.Application.Sweeps;

/// <summary>
/// Opens the sweep obligations (排查任务) of the period containing <see cref="Date"/> (today when absent) for each region —
/// villages, townships or counties — at the frequency configured for its level. Idempotent: a region's open period is
/// not opened twice. Each opened sweep is a work item due at the end of its period, overdue when not reported by then.
/// </summary>
internal sealed record OpenSweeps(IReadOnlyList<string>? RegionCodes, DateOnly? Date) : ICommand<OpenedSweeps>;

internal sealed record OpenedSweeps(int Opened, int AlreadyOpen, IReadOnlyList<Guid> SweepIds);

/// <summary>排查上报: the disputes registered with this sweep are its findings; with none it is a 零报告.</summary>
internal sealed record ReportSweep(bool ZeroReport, string? Note) : ICommand<Guid>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid SweepId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

internal sealed class OpenSweepsValidator : AbstractValidator<OpenSweeps>
{
    public OpenSweepsValidator()
    {
        RuleFor(c => c.RegionCodes).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("请填写要排查的区划代码（村、乡镇或县）")
            .Must(r => r!.Count <= 500).WithMessage("一次最多 500 个区划");
        RuleForEach(c => c.RegionCodes).NotEmpty().MustBeRegionCode();
    }
}

internal sealed class ReportSweepValidator : AbstractValidator<ReportSweep>
{
    public ReportSweepValidator() => RuleFor(c => c.Note).MaximumLength(2000).WithMessage("排查情况最多 2000 个字符");
}

internal sealed class SweepCommandHandlers(
    MediationDbContext db, ICurrentUser user, TimeProvider clock, IMediator mediator, IOptions<MediationOptions> options) :
    IRequestHandler<OpenSweeps, OpenedSweeps>, IRequestHandler<ReportSweep, Guid>
{
    public async Task<OpenedSweeps> Handle(OpenSweeps c, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var date = c.Date ?? ChinaTime.DateOf(now);
        var ids = new List<Guid>();
        var opened = 0;
        foreach (var code in c.RegionCodes!.Select(Levels.ScopeCodeOf).Distinct())
        {
            var (region, level) = Levels.Place(code);
            user.EnsureWithinJurisdiction(region.Prefix, "排查区域");
            var described = await mediator.Send(new GetRegion(region.Value), ct)
                ?? throw new BusinessRuleException($"区划 {code} 不在区划代码表中");
            var frequency = options.Value.FrequencyFor(level);
            var (start, end) = SweepPeriods.Containing(date, frequency);
            var existing = await db.Sweeps.FirstOrDefaultAsync(s => s.ScopeCode == region.Prefix && s.PeriodStart == start, ct);
            if (existing is not null)
            {
                ids.Add(existing.Id);
                continue;
            }

            var sweep = new Sweep
            {
                Id = Guid.CreateVersion7(now), ScopeCode = region.Prefix, Level = level, Frequency = frequency, PeriodStart = start,
                PeriodEnd = end, OpenedAt = now, DueAt = ChinaTime.EndOf(end), WarnFrom = ChinaTime.StartOf(end),
            };
            db.Sweeps.Add(sweep);
            Publish(sweep, described.Name);
            ids.Add(sweep.Id);
            opened++;
        }

        return new OpenedSweeps(opened, ids.Count - opened, ids);
    }

    public async Task<Guid> Handle(ReportSweep c, CancellationToken ct)
    {
        var sweep = await db.Sweeps.FirstOrDefaultAsync(s => s.Id == c.SweepId, ct);
        if (sweep is null || !user.CanSee(sweep.ScopeCode))
        {
            throw new NotFoundException("排查任务不存在或不在您的辖区内");
        }

        EntityTags.EnsureCurrent(c.ExpectedVersion, sweep.Version, "排查任务");
        if (sweep.State == SweepState.Reported)
        {
            throw new BusinessRuleException($"本期排查已于 {ChinaTime.ToText(sweep.ReportedAt)} 上报");
        }

        var found = await db.Disputes.CountAsync(d => d.SweepId == sweep.Id, ct);
        if (found == 0 && !c.ZeroReport)
        {
            throw new BusinessRuleException("本期没有登记排查发现的矛盾纠纷：未发现的，请作零报告（zeroReport = true）");
        }

        if (found > 0 && c.ZeroReport)
        {
            throw new BusinessRuleException($"本期已登记排查发现的矛盾纠纷 {found} 件，不能作零报告", new Dictionary<string, object?> { ["found"] = found });
        }

        var now = clock.GetUtcNow();
        (sweep.State, sweep.ReportedAt, sweep.ReportedBy, sweep.ReportedByName) = (SweepState.Reported, now, user.UserId, user.UserName);
        (sweep.FoundCount, sweep.ZeroReport, sweep.Late, sweep.Note) = (found, c.ZeroReport, now > sweep.DueAt, c.Note?.Trim());
        var region = await mediator.Send(new GetRegion(sweep.ScopeCode), ct);
        Publish(sweep, region?.Name ?? sweep.ScopeCode);
        return sweep.Id;
    }

    private void Publish(Sweep sweep, string regionName) => db.Publish(new WorkItemChanged(
        "Mediation", sweep.Id.ToString(), "sweep",
        $"{regionName} {sweep.PeriodStart:yyyy-MM-dd}至{sweep.PeriodEnd:yyyy-MM-dd} 矛盾纠纷排查（{sweep.Frequency.Label()}）",
        sweep.ScopeCode, null, null, sweep.State.Label(), sweep.OpenedAt, sweep.DueAt, sweep.WarnFrom, sweep.ReportedAt)
    {
        OccurredAt = clock.GetUtcNow(),
    });
}
