using System.Collections.Concurrent;
using Autofac;
using Autofac.Core;
using Governance.Host.Modules;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Messaging;
using MediatR;

namespace Governance.Host.Messaging;

/// <summary>One handler of one integration event, with the DbContext whose inbox records that it handled a message.</summary>
public sealed record EventHandlerDescriptor(string Name, Type HandlerType, Type EventType, Type ConsumerContextType)
{
    /// <summary>The stable key of the handler in outbox and inbox bookkeeping.</summary>
    public static string NameOf(Type handlerType) => handlerType.FullName ?? handlerType.Name;
}

/// <summary>Which handlers each integration event has, read from the container once and checked at startup.</summary>
public sealed class HandlerCatalog
{
    private readonly ConcurrentDictionary<Type, IReadOnlyList<EventHandlerDescriptor>> _handlers = new();

    public HandlerCatalog(ILifetimeScope container, IntegrationEventRegistry events, ModuleRuntime runtime)
    {
        foreach (var eventType in events.EventTypes)
        {
            var service = new TypedService(typeof(INotificationHandler<>).MakeGenericType(eventType));
            _handlers[eventType] = container.ComponentRegistry.RegistrationsFor(service)
                .Select(r => r.Activator.LimitType)
                .Distinct()
                .Select(handlerType => Describe(handlerType, eventType, runtime))
                .ToList();
        }
    }

    public IReadOnlyList<EventHandlerDescriptor> For(Type eventType) => _handlers.GetValueOrDefault(eventType) ?? [];

    private static EventHandlerDescriptor Describe(Type handlerType, Type eventType, ModuleRuntime runtime)
    {
        var context = runtime.ContextTypeFor(handlerType) ?? throw new ModuleStartupException(
            runtime.OwnerOf(handlerType)?.Id ?? handlerType.Assembly.GetName().Name ?? "?",
            $"{handlerType.FullName} handles {eventType.Name} but the module has no DbContext to keep its inbox. " +
            "Give the module a DbContext (its first one keeps the inbox).");
        return new EventHandlerDescriptor(EventHandlerDescriptor.NameOf(handlerType), handlerType, eventType, context);
    }
}
