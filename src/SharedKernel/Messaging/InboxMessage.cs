namespace Governance.SharedKernel.Messaging;

/// <summary>
/// Marks that a handler has handled a message, in the consumer's own schema and transaction, so a message
/// delivered twice (a relay crashed after the handler committed) changes the consumer once.
/// </summary>
public sealed class InboxMessage(Guid messageId, string handler, DateTimeOffset handledAt)
{
    public Guid MessageId { get; private set; } = messageId;
    public string Handler { get; private set; } = handler;
    public DateTimeOffset HandledAt { get; private set; } = handledAt;
}
