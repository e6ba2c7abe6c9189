using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Governance.Platform.Accounts.Access;

/// <summary>
/// Which modules each department has switched on, cached for <c>Auth:CacheDuration</c>; this process forgets a
/// department as soon as its switches change, so a switch takes effect without a restart.
/// </summary>
internal sealed class DepartmentModuleAccess(IServiceScopeFactory scopes, IMemoryCache cache, AuthOptions options)
{
    public async Task<IReadOnlySet<string>> EnabledAsync(string department, CancellationToken cancellationToken)
    {
        var enabled = await cache.GetOrCreateAsync(Key(department), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.CacheDuration;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var modules = await db.DepartmentModules.Where(s => s.DepartmentCode == department && s.Enabled)
                .Select(s => s.ModuleId).ToListAsync(cancellationToken);
            return modules.ToHashSet(StringComparer.Ordinal);
        });
        return enabled!;
    }

    public void Forget(string department) => cache.Remove(Key(department));

    private static (string, string) Key(string department) => ("department-modules", department);
}
