using Governance.SharedKernel.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Governance.Host.Security;

/// <summary>Bearer-token authentication: tokens the platform issues itself, checked on every request.</summary>
internal static class AuthSetup
{
    public static IServiceCollection AddGovernanceAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var signingKey = new SigningKey(options);
        services.AddSingleton(options);
        services.AddSingleton(signingKey);
        services.AddSingleton<TokenIssuer>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, ClaimsCurrentUser>();
        services.AddAuthorization();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TimeProvider>((jwt, clock) =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Issuer,
                IssuerSigningKey = signingKey.Key,
                NameClaimType = GovernanceClaims.UserName,
                LifetimeValidator = (notBefore, expires, _, _) => IsLive(notBefore, expires, clock.GetUtcNow().UtcDateTime),
            };
        });
        return services;
    }

    // Tokens are issued on the platform clock (TimeProvider), so they are checked on it too.
    private static bool IsLive(DateTime? notBefore, DateTime? expires, DateTime now)
    {
        var skew = TimeSpan.FromSeconds(30);
        return (notBefore is null || notBefore <= now + skew) && (expires is null || now - skew < expires);
    }
}
