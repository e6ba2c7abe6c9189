using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Governance.SharedKernel.Messaging;

public static class PeriodicCommands
{
    /// <summary>What an interval setting may be: 1 second to 1 day, or zero for off.</summary>
    public const string IntervalRule = "应在 1 秒到 1 天之间（00:00:00 为关闭）";

    public static bool IsValidInterval(TimeSpan interval) =>
        interval == TimeSpan.Zero || (interval >= TimeSpan.FromSeconds(1) && interval <= TimeSpan.FromDays(1));

    /// <summary>
    /// Sends <typeparamref name="TCommand"/> every <paramref name="interval"/> on the platform clock, each time in a scope of
    /// its own, as a command like any other (validated, one transaction, audited). Its result is how many records it
    /// changed. A failed run is logged and the next one tries again; with several hosts each runs it, so the command must
    /// be safe to run twice (optimistic concurrency turns a collision into one failed run). An interval of zero switches it off.
    /// </summary>
    public static IServiceCollection AddPeriodicCommand<TCommand>(this IServiceCollection services, Func<IServiceProvider, TimeSpan> interval)
        where TCommand : ICommand<int>, new() =>
        services.AddHostedService(provider => new PeriodicCommandWorker<TCommand>(
            provider.GetRequiredService<IServiceScopeFactory>(), provider.GetRequiredService<TimeProvider>(), interval(provider),
            provider.GetRequiredService<ILogger<PeriodicCommandWorker<TCommand>>>()));
}

internal sealed class PeriodicCommandWorker<TCommand>(
    IServiceScopeFactory scopes, TimeProvider clock, TimeSpan interval, ILogger<PeriodicCommandWorker<TCommand>> logger) : BackgroundService
    where TCommand : ICommand<int>, new()
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (interval <= TimeSpan.Zero)
        {
            logger.LogInformation("{Command} is switched off (interval 0)", typeof(TCommand).Name);
            return;
        }

        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var changed = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TCommand(), stoppingToken);
            if (changed > 0)
            {
                logger.LogInformation("{Command} changed {Count} records", typeof(TCommand).Name, changed);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "{Command} failed; it runs again at the next interval", typeof(TCommand).Name);
        }
    }
}
