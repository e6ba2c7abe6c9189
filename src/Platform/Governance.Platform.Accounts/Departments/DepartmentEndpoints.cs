using Governance.SharedKernel.Http;
using Governance.Platform.Accounts.Model;
using MediatR;

namespace Governance.Platform.Accounts.Departments;

/// <summary><c>/api/platform/departments</c>: departments and the modules each may use, for holders of platform.admin.</summary>
internal static class DepartmentEndpoints
{
    public static void MapDepartmentEndpoints(this IEndpointRouteBuilder platform)
    {
        var departments = platform.MapGroup("departments").WithTags("部门 Departments");
        departments.MapGet("", (IMediator mediator, CancellationToken ct, int page = 1, int pageSize = 20, string? sort = null,
                string? q = null, DepartmentKind? kind = null) =>
                mediator.Send(new ListDepartments(page, pageSize, sort, q, kind), ct))
            .WithSummary("部门列表 Departments, paged, filtered and sorted");
        departments.MapGet("{code}", GetAsync).WithSummary("部门 One department, with its ETag");
        departments.MapPost("", async (CreateDepartment command, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                var department = await mediator.Send(new GetDepartment(command.Code), ct);
                context.Response.Headers.ETag = EntityTags.Format(department.Version);
                return TypedResults.Created($"/api/platform/departments/{department.Code}", department);
            })
            .WithSummary("新建部门 Create a department (every optional module off)");
        departments.MapPut("{code}", async (string code, DepartmentChange body, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                await mediator.Send(new UpdateDepartment(code, EntityTags.IfMatch(context.Request), body.Name, body.Kind), ct);
                return await GetAsync(code, mediator, context, ct);
            })
            .WithSummary("修改部门 Rename a department or change its kind (If-Match optional)");
        departments.MapDelete("{code}", async (string code, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteDepartment(code, EntityTags.IfMatch(context.Request)), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("删除部门 Delete a department without accounts");
        departments.MapGet("{code}/modules", (string code, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetDepartmentModules(code), ct))
            .WithSummary("部门模块开通 Which loaded modules the department may use");
        departments.MapPut("{code}/modules", async (string code, DepartmentModulesChange body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new SetDepartmentModules(code, body.Enabled), ct);
                return await mediator.Send(new GetDepartmentModules(code), ct);
            })
            .WithSummary("设置部门模块开通 Switch on exactly the listed modules for the department; effective at once");
    }

    private static async Task<IResult> GetAsync(string code, IMediator mediator, HttpContext context, CancellationToken ct)
    {
        var department = await mediator.Send(new GetDepartment(code), ct);
        return EntityTags.Ok(context, department, department.Version);
    }
}
