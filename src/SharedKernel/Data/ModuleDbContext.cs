using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.WorkItems;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

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

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        JournalWorkItemSources();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        JournalWorkItemSources();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// The case kit's journal: each step a tracked record took becomes its timeline row, and each record that changed
    /// publishes its work items, in the transaction of the change itself.
    /// </summary>
    private void JournalWorkItemSources()
    {
        foreach (var entry in ChangeTracker.Entries<WorkItemSource>().ToList())
        {
            var source = entry.Entity;
            foreach (var step in source.TakeUnsavedSteps())
            {
                Add(step);
            }

            if (source.TakeChange() is { } changedAt)
            {
                foreach (var item in source.WorkItems())
                {
                    Publish(new WorkItemChanged(item) { OccurredAt = changedAt });
                }
            }
        }
    }

    /// <summary>
    /// Every instant is stored as UTC: deadlines come back at UTC+8 and clients send local offsets, while Npgsql writes only
    /// UTC values to <c>timestamptz</c> (any other offset would fail the write). Reads come back as UTC.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();

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

internal sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
