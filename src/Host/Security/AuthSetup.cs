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
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Issuer,
                IssuerSigningKey = signingKey.Key,
                NameClaimType = GovernanceClaims.UserName,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        return services;
    }
}
