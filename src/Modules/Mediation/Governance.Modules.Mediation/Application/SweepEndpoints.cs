using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Application.Statistics;
using Governance.Modules.Mediation.Application.Sweeps;
using Governance.SharedKernel.Http;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Mediation.Application;

/// <summary><c>/api/mediation/sweeps</c> (排查任务与上报) and <c>/api/mediation/reports/monthly</c> (月报).</summary>
internal static class SweepEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var sweeps = endpoints.MapGroup("sweeps");
        sweeps.MapPost("", (OpenSweeps c, IMediator m, CancellationToken ct) => m.Send(c, ct))
            .RequirePermission(MediationPermissions.Sweeps).WithSummary("开启本期排查任务（按层级频次；同一区域同一周期只开一次）");
        sweeps.MapGet("", ([AsParameters] ListSweeps q, IMediator m, CancellationToken ct) => m.Send(q, ct))
            .RequirePermission(MediationPermissions.Read).WithSummary("排查任务列表：按区划、层级、状态、超期、周期筛选");
        sweeps.MapGet("{id:guid}", async (Guid id, IMediator m, HttpContext h, CancellationToken ct) => await Read(m, id, h, ct))
            .RequirePermission(MediationPermissions.Read).WithSummary("排查任务详情");
        sweeps.MapPost("{id:guid}/report", async (Guid id, ReportSweep body, IMediator m, HttpContext h, CancellationToken ct) =>
            {
                await m.Send(body with { SweepId = id, ExpectedVersion = EntityTags.Required(h.Request) }, ct);
                return await Read(m, id, h, ct);
            })
            .RequirePermission(MediationPermissions.Sweeps).WithSummary("排查上报（发现的纠纷随本次排查登记；未发现的作零报告；需 If-Match）");

        endpoints.MapGet("reports/monthly", ([AsParameters] GetMonthlyReport q, IMediator m, CancellationToken ct) => m.Send(q, ct))
            .RequirePermission(MediationPermissions.Statistics).WithSummary("矛盾纠纷排查调处月报（按区域、层级、类型、涉及人数）");
    }

    private static async Task<SweepView> Read(IMediator mediator, Guid id, HttpContext http, CancellationToken ct)
    {
        var view = await mediator.Send(new GetSweep(id), ct);
        EntityTags.Set(http, view.Version);
        return view;
    }
}
