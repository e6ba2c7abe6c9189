using System.Reflection;

namespace Governance.SharedKernel.Messaging;

/// <summary>
/// The stable wire name of an integration event, e.g. <c>petitions.petition-referred-to-mediation.v1</c>.
/// The outbox stores this name, never a CLR type name, so classes can be renamed or moved safely.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public static string NameOf(Type eventType) =>
        eventType.GetCustomAttribute<IntegrationEventAttribute>()?.Name
        ?? throw new InvalidOperationException(
            $"Integration event {eventType.FullName} has no [IntegrationEvent(\"module.event-name.v1\")] attribute.");
}
