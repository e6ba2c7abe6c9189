using Governance.SharedKernel.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Governance.SharedKernel.Data;

/// <summary>
/// Base of every module's DbContext: everything lives in the module's own schema, and the schema carries the
/// module's outbox (events it publishes) and inbox (events it has handled).
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The schema this context owns; must equal the module manifest's <c>schema</c>.</summary>
    public abstract string Schema { get; }

    /// <summary>Adds an integration event to the outbox; it is saved by the same SaveChanges as the state change.</summary>
    public void Publish(IntegrationEvent integrationEvent) => Set<OutboxMessage>().Add(OutboxMessage.From(integrationEvent));

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxDeliveryConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        ConfigureModel(modelBuilder);
    }

    /// <summary>The module's own model; the schema is already set.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);
}
