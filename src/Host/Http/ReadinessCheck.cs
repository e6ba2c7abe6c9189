using Governance.Host.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Governance.Host.Http;

/// <summary>
/// Ready = the database answers and every enabled module (and the platform) has no pending migration. When it does not
/// answer the pooled connections are cleared, so that a server that comes back is used at once rather than through
/// connections broken when it went away.
/// </summary>
internal sealed class ReadinessCheck(ModuleRuntime runtime, IServiceScopeFactory scopes, NpgsqlDataSource database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pendingByOwner = new Dictionary<string, object>();
        foreach (var (owner, contextType) in runtime.MigratedContexts)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                database.Clear();
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                pendingByOwner[owner] = pending;
            }
        }

        return pendingByOwner.Count == 0
            ? HealthCheckResult.Healthy("Database reachable; every enabled module is migrated.")
            : HealthCheckResult.Unhealthy("Some schemas have pending migrations.", data: pendingByOwner);
    }
}
