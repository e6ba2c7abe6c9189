namespace Governance.SharedKernel.Messaging;

/// <summary>The delivery of one outbox message to one handler: each handler is tried, retried and dead-lettered on its own.</summary>
public sealed class OutboxDelivery
{
    private OutboxDelivery()
    {
    }

    public OutboxDelivery(Guid messageId, string handler)
    {
        MessageId = messageId;
        Handler = handler;
    }

    public Guid MessageId { get; private set; }
    public string Handler { get; private set; } = "";
    public int Attempts { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? DeadLetteredAt { get; private set; }

    public bool IsFinished => DeliveredAt is not null || DeadLetteredAt is not null;

    public bool IsDue(DateTimeOffset now) => !IsFinished && (NextAttemptAt is null || NextAttemptAt <= now);

    public void Succeeded(DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = now;
        DeliveredAt = now;
        NextAttemptAt = null;
    }

    public void Failed(DateTimeOffset now, string error, int maxAttempts, TimeSpan retryDelay)
    {
        Attempts++;
        LastAttemptAt = now;
        LastError = error;
        if (Attempts >= maxAttempts)
        {
            DeadLetteredAt = now;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = now + retryDelay;
        }
    }

    /// <summary>Puts a dead-lettered delivery back in line (an operator fixed the cause).</summary>
    public void Requeue()
    {
        DeadLetteredAt = null;
        NextAttemptAt = null;
        Attempts = 0;
    }
}
