using Governance.Host.Modules;
using Microsoft.Extensions.Options;

namespace Governance.Host.Messaging;

/// <summary>The background loop that drains every outbox (the platform's and each enabled module's).</summary>
public sealed class OutboxRelay(
    OutboxProcessor processor, ModuleRuntime runtime, IOptions<OutboxOptions> options, ILogger<OutboxRelay> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RelayEnabled)
        {
            return;
        }

        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            foreach (var contextType in runtime.OutboxContexts)
            {
                try
                {
                    claimed += await processor.ProcessBatchAsync(contextType, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "Outbox relay could not process the outbox of {Context}; retrying in the next round", contextType.Name);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            if (claimed == 0)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
