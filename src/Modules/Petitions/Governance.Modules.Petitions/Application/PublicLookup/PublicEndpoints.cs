using Governance.Modules.Petitions.Application.PublicLookup;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application;

/// <summary>The petitioners' anonymous endpoints, rate-limited per client address (policy <see cref="Policy"/>).</summary>
internal static class PublicEndpoints
{
    public const string Policy = "petitions-public";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("public").AllowAnonymous().RequireRateLimiting(Policy);
        group.MapPost("progress", (GetPublicProgress query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .WithSummary("信访人凭信访件编号和查询码查询办理进展（无需登录，不含个人信息）");
        group.MapPost("rating", (RateAsPetitioner command, IMediator mediator, CancellationToken ct) => mediator.Send(command, ct))
            .WithSummary("信访人对已答复的信访件评价（满意、基本满意、不满意；每件一次）");
    }
}
