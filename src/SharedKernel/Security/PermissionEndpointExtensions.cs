using Governance.SharedKernel.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.SharedKernel.Security;

public static class PermissionEndpointExtensions
{
    /// <summary>Open to every signed-in caller, on purpose: reference data every form needs, such as code tables.</summary>
    public static TBuilder AllowAnySignedInUser<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization().WithMetadata(AnySignedInUser.Instance);

    /// <summary>Requires a signed-in caller holding <paramref name="permission"/>: 401 without a token, 403 without the permission.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAnyPermission(permission);

    /// <summary>Requires a signed-in caller holding at least one of <paramref name="permissions"/>.</summary>
    public static TBuilder RequireAnyPermission<TBuilder>(this TBuilder builder, params string[] permissions)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization();
        builder.WithMetadata(new RequiredPermissions(permissions));
        builder.AddEndpointFilter(async (context, next) =>
        {
            var user = context.HttpContext.RequestServices.GetRequiredService<ICurrentUser>();
            if (!permissions.Any(user.HasPermission))
            {
                throw new ForbiddenException($"此操作需要权限 {string.Join(" 或 ", permissions)}，当前用户没有该权限。");
            }

            return await next(context);
        });
        return builder;
    }
}
