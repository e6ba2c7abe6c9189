using Governance.Platform.Abstractions;
using Governance.SharedKernel.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Governance.Platform.Accounts.Security;

/// <summary>
/// Bearer-token authentication: the platform's own tokens (<c>Auth:Mode</c> = BuiltIn) or an OpenID Connect provider's
/// (OpenIdConnect), checked on every request.
/// </summary>
internal static class AuthSetup
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddBearerTokens(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (options.Problems().ToList() is { Count: > 0 } problems)
        {
            throw new ModuleStartupException(PlatformNames.Id, $"the Auth settings are not usable: {string.Join(" ", problems)}");
        }

        var signingKey = new SigningKey(options);
        services.AddSingleton(options);
        services.AddSingleton(signingKey);
        services.AddSingleton<TokenIssuer>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, ClaimsCurrentUser>();
        services.AddScoped<ExternalClaimsMapper>();
        services.AddAuthorization();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TimeProvider>((jwt, clock) =>
        {
            jwt.MapInboundClaims = false;
            jwt.Events = BearerEvents.Create(options);
            if (options.Mode == AuthMode.OpenIdConnect)
            {
                var provider = options.OpenIdConnect;
                jwt.Authority = provider.Authority;
                jwt.Audience = provider.Audience;
                jwt.RequireHttpsMetadata = provider.RequireHttpsMetadata;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateAudience = provider.Audience.Length > 0,
                    NameClaimType = provider.Claims.UserName,
                    ClockSkew = ClockSkew,
                };
            }
            else
            {
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Issuer,
                    IssuerSigningKey = signingKey.Key,
                    NameClaimType = GovernanceClaims.UserName,
                    ClockSkew = ClockSkew,
                };
            }
        });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((jwt, clock) => jwt.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore <= now + ClockSkew) && expires is not null && expires > now - ClockSkew;
            });
        return services;
    }
}
