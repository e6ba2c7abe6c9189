using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Governance.Platform.Accounts.Sessions;

/// <summary>
/// Removes sessions an hour past <c>Auth:Session:MaxLifetime</c>, every <see cref="Interval"/>: none of their tokens is
/// valid any more (a token never outlives its session), the refusal still says "expired" for that hour, and the sign-ins
/// and sign-outs stay in the audit trail. Several hosts may run it at once.
/// </summary>
internal sealed class SessionRetention(IServiceScopeFactory scopes, AuthOptions options, TimeProvider clock, ILogger<SessionRetention> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RemoveEndedAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RemoveEndedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var cutoff = clock.GetUtcNow() - options.Session.MaxLifetime - Interval;
            var removed = await db.Sessions.Where(s => s.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
            if (removed > 0)
            {
                logger.LogInformation("Removed {Count} sessions older than {MaxLifetime}", removed, options.Session.MaxLifetime);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Could not remove old sessions; retrying at the next round");
        }
    }
}
