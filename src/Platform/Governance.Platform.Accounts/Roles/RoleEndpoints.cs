using Governance.SharedKernel.Http;
using MediatR;

namespace Governance.Platform.Accounts.Roles;

/// <summary><c>/api/platform/roles</c>: roles and the permissions they grant, for holders of platform.admin.</summary>
internal static class RoleEndpoints
{
    public static void MapRoleEndpoints(this IEndpointRouteBuilder platform)
    {
        var roles = platform.MapGroup("roles").WithTags("角色 Roles");
        roles.MapGet("", (IMediator mediator, CancellationToken ct, int page = 1, int pageSize = 20, string? sort = null,
                string? q = null, string? permission = null) =>
                mediator.Send(new ListRoles(page, pageSize, sort, q, permission), ct))
            .WithSummary("角色列表 Roles, paged, filtered and sorted");
        roles.MapGet("{code}", GetAsync).WithSummary("角色 One role, with its ETag");
        roles.MapPost("", async (CreateRole command, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                var role = await mediator.Send(new GetRole(command.Code), ct);
                context.Response.Headers.ETag = EntityTags.Format(role.Version);
                return TypedResults.Created($"/api/platform/roles/{role.Code}", role);
            })
            .WithSummary("新建角色 Create a role; permissions must exist (GET /api/platform/permissions)");
        roles.MapPut("{code}", async (string code, RoleChange body, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                await mediator.Send(new UpdateRole(
                    code, EntityTags.IfMatch(context.Request), body.Name, body.Permissions, body.RequiresSecondFactor), ct);
                return await GetAsync(code, mediator, context, ct);
            })
            .WithSummary("修改角色 Rename a role, change its permissions or whether it requires a second factor (If-Match optional); holders sign in again");
        roles.MapDelete("{code}", async (string code, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteRole(code, EntityTags.IfMatch(context.Request)), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("删除角色 Delete a role no account holds");
    }

    private static async Task<IResult> GetAsync(string code, IMediator mediator, HttpContext context, CancellationToken ct)
    {
        var role = await mediator.Send(new GetRole(code), ct);
        return EntityTags.Ok(context, role, role.Version);
    }
}
