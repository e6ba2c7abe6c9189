using Governance.Host.Modules;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Host.Database;

/// <summary>Settings of <c>Idempotency:*</c>: how long stored first responses are kept, and how often old ones are removed.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>A repeat of a request older than this creates anew. Long enough for a phone that was offline for days.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Removes <c>idempotency_keys</c> rows older than <see cref="IdempotencyOptions.Retention"/> from every enabled module
/// whose model has the table. Several hosts may run it at once: a delete of old rows is harmless twice.
/// </summary>
internal sealed class IdempotencyRetention(
    IServiceScopeFactory scopes, ModuleRuntime runtime, IOptions<IdempotencyOptions> options, TimeProvider clock,
    ILogger<IdempotencyRetention> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, clock);
        do
        {
            foreach (var contextType in runtime.OutboxContexts)
            {
                try
                {
                    await RemoveExpiredAsync(contextType, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "Could not remove expired idempotency keys of {Context}; retrying at the next round", contextType.Name);
                }
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private async Task RemoveExpiredAsync(Type contextType, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
        if (context.Model.FindEntityType(typeof(IdempotencyRecord)) is null)
        {
            return;
        }

        var cutoff = clock.GetUtcNow() - options.Value.Retention;
        var removed = await context.Set<IdempotencyRecord>().Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} idempotency keys older than {Cutoff} from {Schema}",
                removed, cutoff, ((ModuleDbContext)context).Schema);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
