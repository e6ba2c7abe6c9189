using MediatR;

namespace Governance.SharedKernel.Messaging;

/// <summary>
/// A fact one module tells the others. Defined in the publisher's Contracts assembly with a stable
/// <see cref="IntegrationEventAttribute"/> name, saved to the publisher's outbox in the same transaction as the state
/// change and delivered by the host's relay to each handler on its own.
/// </summary>
public abstract record IntegrationEvent : INotification
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required DateTimeOffset OccurredAt { get; init; }
}
