using Governance.SharedKernel.Http;
using Governance.SharedKernel.Querying;
using MediatR;

namespace Governance.Platform.Accounts.Users;

/// <summary><c>/api/platform/users</c>: accounts, for holders of platform.admin.</summary>
internal static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder platform)
    {
        var users = platform.MapGroup("users").WithTags("用户 Users");
        users.MapGet("", ListAsync).WithSummary("用户列表 Accounts, paged, filtered and sorted");
        users.MapGet("{id:guid}", GetAsync).WithSummary("用户 One account, with its ETag");
        users.MapPost("", CreateAsync)
            .WithSummary("新建用户 Create an account; the answer holds its temporary password, shown only once");
        users.MapPut("{id:guid}", UpdateAsync)
            .WithSummary("修改用户 Change display name, department, jurisdiction and roles (If-Match optional)");
        users.MapPost("{id:guid}/disable", (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
                SetDisabledAsync(id, true, mediator, context, ct))
            .WithSummary("停用用户 Disable an account; its tokens stop working");
        users.MapPost("{id:guid}/enable", (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
                SetDisabledAsync(id, false, mediator, context, ct))
            .WithSummary("启用用户 Enable a disabled account");
        users.MapPost("{id:guid}/reset-password", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new ResetPassword(id), ct))
            .WithSummary("重置密码 Give an account a temporary password (shown once) that must be changed at sign-in");
        users.MapPost("{id:guid}/reset-second-factor", async (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                await mediator.Send(new ResetSecondFactor(id), ct);
                return await GetAsync(id, mediator, context, ct);
            })
            .WithSummary("重置双因素认证 Remove an account's second factor and recovery codes (a lost phone); its tokens stop working");
    }

    private static Task<Paged<UserView>> ListAsync(
        IMediator mediator, CancellationToken ct, int page = 1, int pageSize = 20, string? sort = null, string? q = null,
        string? department = null, string? role = null, string? jurisdiction = null, bool? disabled = null) =>
        mediator.Send(new ListUsers(page, pageSize, sort, q, department, role, jurisdiction, disabled), ct);

    private static async Task<IResult> GetAsync(Guid id, IMediator mediator, HttpContext context, CancellationToken ct)
    {
        var user = await mediator.Send(new GetUser(id), ct);
        return EntityTags.Ok(context, user, user.Version);
    }

    private static async Task<IResult> CreateAsync(CreateUser command, IMediator mediator, CancellationToken ct)
    {
        var created = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/platform/users/{created.Id}", created);
    }

    private static async Task<IResult> UpdateAsync(
        Guid id, UserAssignment body, IMediator mediator, HttpContext context, CancellationToken ct)
    {
        await mediator.Send(new UpdateUser(
            id, EntityTags.IfMatch(context.Request), body.DisplayName, body.Department, body.Jurisdiction, body.Roles), ct);
        return await GetAsync(id, mediator, context, ct);
    }

    private static async Task<IResult> SetDisabledAsync(
        Guid id, bool disabled, IMediator mediator, HttpContext context, CancellationToken ct)
    {
        await mediator.Send(new SetUserDisabled(id, disabled), ct);
        return await GetAsync(id, mediator, context, ct);
    }
}
