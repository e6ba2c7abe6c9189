using Governance.SharedKernel.WorkItems;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Platform.WorkItems;

/// <summary>One case-like record of some module as the to-do lists see it (待办), kept from <see cref="WorkItemChanged"/>.</summary>
internal sealed class WorkItem
{
    public required string Module { get; init; }
    public required string RecordId { get; init; }
    public string Kind { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string ScopeCode { get; private set; } = "";
    public string? Department { get; private set; }
    public Guid? Assignee { get; private set; }
    public string Status { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }
    public DateTimeOffset? WarnFrom { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When the event this state came from occurred; an older event never overwrites a newer one.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public bool Apply(WorkItemChanged change)
    {
        if (change.OccurredAt < ChangedAt)
        {
            return false;
        }

        Kind = change.Kind;
        Title = change.Title;
        ScopeCode = change.ScopeCode;
        Department = change.Department;
        Assignee = change.Assignee;
        Status = change.Status;
        OpenedAt = change.OpenedAt;
        DueAt = change.DueAt;
        WarnFrom = change.WarnFrom;
        ClosedAt = change.ClosedAt;
        ChangedAt = change.OccurredAt;
        return true;
    }
}

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> builder)
    {
        builder.ToTable("work_items");
        builder.HasKey(w => new { w.Module, w.RecordId });
        builder.Property(w => w.Module).HasMaxLength(64);
        builder.Property(w => w.RecordId).HasMaxLength(64);
        builder.Property(w => w.Kind).HasMaxLength(64);
        builder.Property(w => w.Title).HasMaxLength(300);
        builder.Property(w => w.ScopeCode).HasMaxLength(15);
        builder.Property(w => w.Department).HasMaxLength(64);
        builder.Property(w => w.Status).HasMaxLength(64);
        builder.HasIndex(w => new { w.ScopeCode, w.DueAt }).HasFilter("closed_at IS NULL");
        builder.HasIndex(w => w.Assignee).HasFilter("closed_at IS NULL");
        builder.HasIndex(w => new { w.Department, w.DueAt }).HasFilter("closed_at IS NULL");
    }
}
