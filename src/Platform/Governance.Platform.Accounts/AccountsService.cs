using Governance.Platform.Abstractions;
using Governance.Platform.Abstractions.Access;
using Governance.Platform.Accounts.Access;
using Governance.Platform.Accounts.Departments;
using Governance.Platform.Accounts.Model;
using Governance.Platform.Accounts.Passwords;
using Governance.Platform.Accounts.Permissions;
using Governance.Platform.Accounts.Roles;
using Governance.Platform.Accounts.Security;
using Governance.Platform.Accounts.Seeding;
using Governance.Platform.Accounts.Sessions;
using Governance.Platform.Accounts.SignIn;
using Governance.Platform.Accounts.TwoFactor;
using Governance.Platform.Accounts.Users;
using Governance.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Governance.Platform.Accounts;

/// <summary>
/// Accounts, roles, departments and department-module switches of the platform, sign-in and the bearer tokens it issues
/// (or those of an OpenID Connect provider).
/// </summary>
public sealed class AccountsService : IPlatformService
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddBearerTokens(configuration);
        services.AddMemoryCache();
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<PasswordPolicy>();
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<AccountStatusCache>();
        services.AddSingleton<DepartmentModuleAccess>();
        services.AddScoped<ICallerModules, CallerModules>();
        services.AddScoped<IPlatformSeeder, AccountsSeeder>();
        services.TryAddSingleton(new SecretNotice(Console.Out));
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<OwnPasswordChange>();
        services.AddScoped<AccountTokens>();
        services.AddSingleton<SessionActivity>();
        services.AddScoped<SessionSignOut>();
        services.AddHostedService<SessionRetention>();
        services.AddSingleton<TotpCodes>();
        services.AddSingleton<SignInChallenges>();
        services.AddScoped<SecondFactorSignIn>();
        services.AddScoped<OwnSecondFactor>();
        services.AddSignInRateLimit();
    }

    /// <summary>Sign-in for everyone; the administration of accounts for holders of platform.admin.</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAuthEndpoints();
        endpoints.MapSecondFactorEndpoints();
        var platform = endpoints.MapGroup("/api/platform").WithGroupName(PlatformNames.Document)
            .RequirePermission(PlatformPermissions.Administer);
        platform.MapUserEndpoints();
        platform.MapRoleEndpoints();
        platform.MapDepartmentEndpoints();
        platform.MapPermissionEndpoints();
    }
}
