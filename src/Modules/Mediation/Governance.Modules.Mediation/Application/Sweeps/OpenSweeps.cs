using FluentValidation;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.Modules.Registry.Contracts.Regions;
using Governance.SharedKernel.Auditing;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Modules.Mediation.Application.Sweeps;

/// <summary>
/// Opens the sweep obligations (排查任务) of the period containing <see cref="Date"/> (today when absent) for each region —
/// villages, townships or counties — at the frequency configured for its level. Idempotent: a region's open period is
/// not opened twice. Each opened sweep is a work item due at the end of its period, overdue when not reported by then.
/// </summary>
internal sealed record OpenSweeps(IReadOnlyList<string>? RegionCodes, DateOnly? Date) : ICommand<OpenedSweeps>
{
    public static void Map(IEndpointRouteBuilder sweeps) =>
        sweeps.MapPost("", (OpenSweeps c, IMediator m, CancellationToken ct) => m.Send(c, ct))
            .RequirePermission(MediationPermissions.Sweeps).WithSummary("开启本期排查任务（按层级频次；同一区域同一周期只开一次）");
}

/// <summary>Audited under the sweep's id when one region was asked for; a batch lists its sweeps in the answer.</summary>
internal sealed record OpenedSweeps(int Opened, int AlreadyOpen, IReadOnlyList<Guid> SweepIds) : IAuditedResult
{
    string? IAuditedResult.AuditRecordId => SweepIds.Count == 1 ? SweepIds[0].ToString() : null;
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

internal sealed class OpenSweepsHandler(
    MediationDbContext db, ICurrentUser user, TimeProvider clock, IMediator mediator, IOptions<MediationOptions> options)
    : IRequestHandler<OpenSweeps, OpenedSweeps>
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

            var sweep = Sweep.Open(region.Prefix, described.Name, level, frequency, start, end, now);
            db.Sweeps.Add(sweep);
            ids.Add(sweep.Id);
            opened++;
        }

        return new OpenedSweeps(opened, ids.Count - opened, ids);
    }
}
