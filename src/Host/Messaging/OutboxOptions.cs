namespace Governance.Host.Messaging;

/// <summary>Settings of the outbox relay (<c>Outbox:*</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How long the relay sleeps when no outbox had anything due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many messages one relay claims from one schema at a time.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>After this many failed attempts a handler's delivery is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    public bool RelayEnabled { get; set; } = true;

    /// <summary>Exponential back-off: base, 2×base, 4×base … capped.</summary>
    public TimeSpan RetryDelayAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryBaseDelay.Ticks * factor, RetryMaxDelay.Ticks));
        return delay;
    }
}
