using System.Collections;
using System.Reflection;
using Autofac;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Host.Messaging;

/// <summary>
/// Delivers one message to one handler in a scope and transaction of its own. The inbox row and the handler's
/// changes commit together, so a redelivered message is skipped instead of applied twice.
/// </summary>
public sealed class HandlerDispatcher(ILifetimeScope container, TimeProvider clock)
{
    private static readonly MethodInfo InvokeMethod =
        typeof(HandlerDispatcher).GetMethod(nameof(InvokeAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task DeliverAsync(EventHandlerDescriptor handler, IntegrationEvent message, CancellationToken cancellationToken)
    {
        await using var scope = container.BeginLifetimeScope();
        var db = (ModuleDbContext)scope.Resolve(handler.ConsumerContextType);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var inbox = db.Set<InboxMessage>();
        if (await inbox.AnyAsync(i => i.MessageId == message.Id && i.Handler == handler.Name, cancellationToken))
        {
            return;
        }

        inbox.Add(new InboxMessage(message.Id, handler.Name, clock.GetUtcNow()));
        var instance = ((IEnumerable)scope.Resolve(typeof(IEnumerable<>).MakeGenericType(
                typeof(INotificationHandler<>).MakeGenericType(handler.EventType))))
            .Cast<object>()
            .First(h => h.GetType() == handler.HandlerType);
        await (Task)InvokeMethod.MakeGenericMethod(handler.EventType)
            .Invoke(null, [instance, message, cancellationToken])!;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Task InvokeAsync<TEvent>(object handler, IntegrationEvent message, CancellationToken cancellationToken)
        where TEvent : IntegrationEvent =>
        ((INotificationHandler<TEvent>)handler).Handle((TEvent)message, cancellationToken);
}
