using System.Text.Json;
using Autofac;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Host.Messaging;

/// <summary>
/// Claims due messages of one outbox with <c>FOR UPDATE SKIP LOCKED</c> (so several relays never take the same
/// message) and delivers each to each of its handlers, keeping per-handler attempts, back-off and dead letters.
/// </summary>
public sealed class OutboxProcessor(
    ILifetimeScope container,
    IntegrationEventRegistry events,
    HandlerCatalog handlers,
    HandlerDispatcher dispatcher,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxProcessor> logger)
{
    public const string UnknownEventHandler = "(no handler: event type unknown)";

    /// <summary>Processes one batch of the outbox kept by <paramref name="contextType"/>; returns how many messages it claimed.</summary>
    public async Task<int> ProcessBatchAsync(Type contextType, CancellationToken cancellationToken)
    {
        await using var scope = container.BeginLifetimeScope();
        var db = (ModuleDbContext)scope.Resolve(contextType);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var messages = await db.Set<OutboxMessage>()
            .FromSqlRaw(ClaimSql(db.Schema), clock.GetUtcNow())
            .ToListAsync(cancellationToken);
        if (messages.Count == 0)
        {
            return 0;
        }

        var ids = messages.Select(m => m.Id).ToList();
        await db.Set<OutboxDelivery>().Where(d => ids.Contains(d.MessageId)).LoadAsync(cancellationToken);
        foreach (var message in messages)
        {
            await ProcessAsync(db.Schema, message, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return messages.Count;
    }

    // The schema is a validated snake_case identifier of a loaded module, never client input.
    private string ClaimSql(string schema) =>
        $$"""
        SELECT * FROM "{{schema}}".outbox_messages
        WHERE processed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {0})
        ORDER BY occurred_at, id
        LIMIT {{options.Value.BatchSize}}
        FOR UPDATE SKIP LOCKED
        """;

    private async Task ProcessAsync(string schema, OutboxMessage message, CancellationToken cancellationToken)
    {
        if (Deserialize(message) is not { } integrationEvent)
        {
            var delivery = DeliveryFor(message, UnknownEventHandler);
            delivery.Failed(clock.GetUtcNow(), $"No event type is registered as '{message.Type}', or its payload does not fit it.", 1, TimeSpan.Zero);
            Settle(message);
            return;
        }

        foreach (var handler in handlers.For(integrationEvent.GetType()))
        {
            var delivery = DeliveryFor(message, handler.Name);
            if (!delivery.IsDue(clock.GetUtcNow()))
            {
                continue;
            }

            try
            {
                await dispatcher.DeliverAsync(handler, integrationEvent, cancellationToken);
                delivery.Succeeded(clock.GetUtcNow());
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                var settings = options.Value;
                delivery.Failed(clock.GetUtcNow(), ex.ToString(), settings.MaxAttempts, settings.RetryDelayAfter(delivery.Attempts + 1));
                logger.LogWarning(ex, "Handler {Handler} failed on {EventType} {MessageId} from schema {Schema} (attempt {Attempt}{DeadLetter})",
                    handler.Name, message.Type, message.Id, schema, delivery.Attempts, delivery.DeadLetteredAt is null ? "" : ", dead-lettered");
            }
        }

        Settle(message);
    }

    private IntegrationEvent? Deserialize(OutboxMessage message)
    {
        if (events.Find(message.Type) is not { } type)
        {
            return null;
        }

        try
        {
            return (IntegrationEvent?)JsonSerializer.Deserialize(message.Payload, type, OutboxMessage.PayloadJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static OutboxDelivery DeliveryFor(OutboxMessage message, string handler)
    {
        var delivery = message.Deliveries.FirstOrDefault(d => d.Handler == handler);
        if (delivery is null)
        {
            delivery = new OutboxDelivery(message.Id, handler);
            message.Deliveries.Add(delivery);
        }

        return delivery;
    }

    private void Settle(OutboxMessage message)
    {
        var pending = message.Deliveries.Where(d => !d.IsFinished).ToList();
        if (pending.Count > 0)
        {
            message.NextAttemptAt = pending.Min(d => d.NextAttemptAt);
            return;
        }

        var now = clock.GetUtcNow();
        message.ProcessedAt = now;
        message.NextAttemptAt = null;
        message.DeadLetteredAt = message.Deliveries.Any(d => d.DeadLetteredAt is not null) ? now : null;
    }
}
