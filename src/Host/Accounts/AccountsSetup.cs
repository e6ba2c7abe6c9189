using FluentValidation;
using Governance.Host.Accounts.Access;
using Governance.Host.Accounts.Departments;
using Governance.Host.Accounts.Model;
using Governance.Host.Accounts.Passwords;
using Governance.Host.Accounts.Permissions;
using Governance.Host.Accounts.Roles;
using Governance.Host.Accounts.Seeding;
using Governance.Host.Accounts.SignIn;
using Governance.Host.Accounts.Users;
using Governance.Host.Http;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Governance.Host.Accounts;

/// <summary>Accounts, roles, departments and department-module switches of the platform.</summary>
internal static class AccountsSetup
{
    private static readonly Type[] HandlerInterfaces = [typeof(IRequestHandler<,>), typeof(IValidator<>)];

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<PasswordPolicy>();
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<AccountStatusCache>();
        services.AddSingleton<DepartmentModuleAccess>();
        services.AddSingleton<AccountsSeeder>();
        services.TryAddSingleton(new SecretNotice(Console.Out));
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<OwnPasswordChange>();
        services.AddSingleton<AccountTokens>();
        // Only this feature's namespace: other platform services register their own handlers.
        services.Scan(scan => scan.FromAssemblyOf<UserAccount>()
            .AddClasses(classes => classes.InNamespaces(typeof(AccountsSetup).Namespace!).AssignableToAny(HandlerInterfaces), publicOnly: false)
            .As(type => type.GetInterfaces().Where(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition())))
            .WithScopedLifetime());
        return services;
    }

    /// <summary>Sign-in for everyone; the administration of accounts for holders of platform.admin.</summary>
    public static void MapAccountsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAuthEndpoints();
        var platform = endpoints.MapGroup("/api/platform").WithGroupName(SwaggerSetup.PlatformDocument)
            .RequirePermission(PlatformPermissions.Administer);
        platform.MapUserEndpoints();
        platform.MapRoleEndpoints();
        platform.MapDepartmentEndpoints();
        platform.MapPermissionEndpoints();
    }
}
