using System.Text.Json.Serialization;
using FluentValidation;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.Modules.Registry.Contracts.Regions;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Mediation.Application.Sweeps;

/// <summary>排查上报: the disputes registered with this sweep are its findings; with none it is a 零报告.</summary>
internal sealed record ReportSweep(bool ZeroReport, string? Note) : ICommand<Guid>
{
    [JsonIgnore]
    public Guid SweepId { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }

    public static void Map(IEndpointRouteBuilder sweeps) =>
        sweeps.MapPost("{id:guid}/report", async (Guid id, ReportSweep body, IMediator m, HttpContext h, CancellationToken ct) =>
            {
                await m.Send(body with { SweepId = id, ExpectedVersion = EntityTags.Required(h.Request) }, ct);
                return await GetSweep.GetSweep.ReadAsync(m, id, h, ct);
            })
            .RequirePermission(MediationPermissions.Sweeps).WithSummary("排查上报（发现的纠纷随本次排查登记；未发现的作零报告；需 If-Match）");
}

internal sealed class ReportSweepValidator : AbstractValidator<ReportSweep>
{
    public ReportSweepValidator() => RuleFor(c => c.Note).MaximumLength(2000).WithMessage("排查情况最多 2000 个字符");
}

internal sealed class ReportSweepHandler(MediationDbContext db, CaseActs acts, IMediator mediator) : IRequestHandler<ReportSweep, Guid>
{
    public async Task<Guid> Handle(ReportSweep c, CancellationToken ct)
    {
        var sweep = await db.Sweeps.WithinJurisdictionOf(acts.User, s => s.ScopeCode).FirstOrDefaultAsync(s => s.Id == c.SweepId, ct)
            ?? throw new NotFoundException("排查任务不存在或不在您的辖区内");
        EntityTags.EnsureCurrent(c.ExpectedVersion, sweep.Version, "排查任务");
        var found = await db.Disputes.CountAsync(d => d.SweepId == sweep.Id, ct);
        var region = await mediator.Send(new GetRegion(sweep.ScopeCode), ct);
        sweep.Report(found, c.ZeroReport, c.Note, region?.Name ?? sweep.RegionName, acts.ByCaller());
        return sweep.Id;
    }
}
