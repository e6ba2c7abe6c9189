using Microsoft.AspNetCore.Authorization;
using Governance.Platform.Abstractions.Access;
using Governance.Platform.Abstractions.Auditing;
using Governance.SharedKernel.Modules;
using Governance.SharedKernel.Security;

namespace Governance.Platform.Accounts.Access;

/// <summary>
/// Guards a module's endpoints: the caller must be signed in and their department must have the module switched on.
/// Required modules are open to every signed-in caller; holders of <c>platform.admin</c> pass every switch. An endpoint a
/// module marks <c>.AllowAnonymous()</c> (e.g. a petitioner's progress lookup by tracking number) is public.
/// </summary>
internal sealed class ModuleAccessFilter(ModuleManifest module) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var user = services.GetRequiredService<ICurrentUser>();
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || await services.GetRequiredService<ICallerModules>().MayUseAsync(module.Id, context.HttpContext.RequestAborted))
        {
            return await next(context);
        }

        var detail = user.Department is null
            ? $"当前用户不属于任何部门，不能使用「{module.DisplayName}」模块 ({module.Id})。"
            : $"本部门未开通「{module.DisplayName}」模块 ({module.Id})。请系统管理员在部门模块开通中为部门 {user.Department} 开通。";
        RefusalReason.Describe(context.HttpContext, detail);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "模块未开通",
            detail: detail,
            extensions: new Dictionary<string, object?> { ["module"] = module.Id, ["department"] = user.Department });
    }
}

public static class ModuleAccessExtensions
{
    /// <summary>Every endpoint of the group needs a signed-in caller whose department may use <paramref name="module"/>.</summary>
    public static RouteGroupBuilder RequireModuleAccess(this RouteGroupBuilder group, ModuleManifest module)
    {
        group.RequireAuthorization();
        group.AddEndpointFilter(new ModuleAccessFilter(module));
        return group;
    }
}
