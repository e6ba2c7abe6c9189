using System.Reflection;
using Governance.Host.Modules;
using Governance.Platform.Abstractions;
using Governance.SharedKernel.Messaging;

namespace Governance.Host.Messaging;

/// <summary>
/// Maps stable event names to event types, built once from the assemblies that may define events (the Contracts,
/// SharedKernel and the platform's services). Startup fails on an event without a name or a name used twice.
/// </summary>
public sealed class IntegrationEventRegistry
{
    private readonly Dictionary<string, Type> _types;

    public IntegrationEventRegistry(IEnumerable<Assembly> assemblies)
    {
        _types = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in assemblies.SelectMany(a => a.GetTypes())
                     .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(IntegrationEvent))))
        {
            var name = type.GetCustomAttribute<IntegrationEventAttribute>()?.Name
                ?? throw new ModuleStartupException(type.Assembly.GetName().Name ?? "?",
                    $"integration event {type.FullName} ({type.Assembly.GetName().Name}) has no [IntegrationEvent(\"…\")] " +
                    "stable name. Add one, e.g. [IntegrationEvent(\"petitions.petition-registered.v1\")].");
            if (_types.TryGetValue(name, out var other))
            {
                throw new ModuleStartupException(type.Assembly.GetName().Name ?? "?",
                    $"integration event name '{name}' is used by both {other.FullName} and {type.FullName}. " +
                    "Names must be unique; version the new one (….v2) or rename it.");
            }

            _types[name] = type;
        }
    }

    public IReadOnlyCollection<Type> EventTypes => _types.Values;

    public Type? Find(string name) => _types.GetValueOrDefault(name);
}
