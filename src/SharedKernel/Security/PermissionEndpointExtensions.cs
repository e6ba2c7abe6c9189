using Governance.SharedKernel.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.SharedKernel.Security;

public static class PermissionEndpointExtensions
{
    /// <summary>Requires a signed-in caller holding <paramref name="permission"/>: 401 without a token, 403 without the permission.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization();
        builder.AddEndpointFilter(async (context, next) =>
        {
            var user = context.HttpContext.RequestServices.GetRequiredService<ICurrentUser>();
            if (!user.HasPermission(permission))
            {
                throw new ForbiddenException($"此操作需要权限 {permission}，当前用户没有该权限。");
            }

            return await next(context);
        });
        return builder;
    }
}
