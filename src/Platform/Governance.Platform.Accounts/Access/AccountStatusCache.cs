using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Governance.Platform.Accounts.Access;

/// <summary>
/// Whether a token's security stamp is still the account's, checked on every request that carries one. Cached for
/// <c>Auth:CacheDuration</c>; this process forgets an account as soon as it changes it, other instances after that time.
/// </summary>
internal sealed class AccountStatusCache(IServiceScopeFactory scopes, IMemoryCache cache, AuthOptions options)
{
    public async Task<bool> IsCurrentAsync(Guid userId, string stamp, CancellationToken cancellationToken)
    {
        var current = await cache.GetOrCreateAsync(Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.CacheDuration;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            return await db.Users.Where(u => u.Id == userId && !u.Disabled)
                .Select(u => (Guid?)u.SecurityStamp).FirstOrDefaultAsync(cancellationToken);
        });
        return current?.ToString() == stamp;
    }

    public void Forget(Guid userId) => cache.Remove(Key(userId));

    private static (string, Guid) Key(Guid userId) => ("account-stamp", userId);
}
