using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.SharedKernel.Messaging;

/// <summary>An integration event waiting in (or delivered from) a module's outbox.</summary>
public sealed class OutboxMessage
{
    /// <summary>Web JSON with enums by name, so a payload reads the same in the database and survives reordered members.</summary>
    public static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }
    public string Type { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>When the relay should look at it again; null means now.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>Set when every handler has either handled it or given up on it.</summary>
    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>Set when at least one handler gave up on it after the maximum number of attempts.</summary>
    public DateTimeOffset? DeadLetteredAt { get; set; }

    public List<OutboxDelivery> Deliveries { get; private set; } = [];

    public static OutboxMessage From(IntegrationEvent integrationEvent) => new()
    {
        Id = integrationEvent.Id,
        Type = IntegrationEventAttribute.NameOf(integrationEvent.GetType()),
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), PayloadJson),
        OccurredAt = integrationEvent.OccurredAt,
    };
}
