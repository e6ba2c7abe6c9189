using Governance.SharedKernel.Http;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Idempotency;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Registry.Application.Grids;

internal static class GridEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var grids = endpoints.MapGroup("grids");
        grids.MapPost("", async (CreateGrid command, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var grid = await mediator.Send(command, ct);
                EntityTags.Set(http, grid.Version);
                return Results.Created($"/api/registry/grids/{grid.Code}", grid);
            })
            .RequirePermission(RegistryPermissions.GridsWrite)
            .AcceptsIdempotencyKey<RegistryDbContext>()
            .WithSummary("新建网格（网格编码 = 12 位村/社区代码 + 3 位序号）");
        grids.MapGet("{code}", async (string code, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var grid = await mediator.Send(new GetGrid(code), ct);
                EntityTags.Set(http, grid.Version);
                return grid;
            })
            .RequirePermission(RegistryPermissions.GridsRead)
            .WithSummary("网格详情（含边界 GeoJSON）");
        grids.MapGet("", ([AsParameters] ListGrids query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .RequirePermission(RegistryPermissions.GridsRead)
            .WithSummary("网格列表：按区划、名称、网格员筛选，分页");
        grids.MapPut("{code}", async (string code, GridChanges body, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                var grid = await mediator.Send(
                    new UpdateGrid(code, EntityTags.Required(http.Request), body.Name, body.WorkerIds, body.Boundary), ct);
                EntityTags.Set(http, grid.Version);
                return grid;
            })
            .RequirePermission(RegistryPermissions.GridsWrite)
            .WithSummary("修改网格名称、网格员和边界（需 If-Match）");
        grids.MapDelete("{code}", async (string code, IMediator mediator, HttpContext http, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteGrid(code, EntityTags.Required(http.Request)), ct);
                return Results.NoContent();
            })
            .RequirePermission(RegistryPermissions.GridsWrite)
            .WithSummary("删除空网格（需 If-Match）");
    }
}
