using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Governance.Platform.Abstractions.Auditing;
using Governance.Platform.Accounts.Security;

namespace Governance.Platform.Accounts.SignIn;

/// <summary>
/// Limits sign-in attempts per client address (against password spraying: one password tried on many user names, which
/// the per-account lock-out never sees). The host's rate limiter answers a refusal as it answers every other.
/// </summary>
internal static class SignInRateLimit
{
    public const string Policy = "platform.sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(limiter => limiter.AddPolicy(Policy, http =>
        {
            var settings = http.RequestServices.GetRequiredService<AuthOptions>().SignInLimit;
            return RateLimitPartition.GetTokenBucketLimiter(
                http.RequestServices.GetRequiredService<IClientAddress>().Of(http) ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.Burst,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1) / settings.PerMinute,
                    QueueLimit = 0,
                });
        }));
}
