using Governance.SharedKernel.Data;
using Governance.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.SharedKernel.Workflow;

/// <summary>
/// One step on a case-like record's timeline (办理过程): who did what when, from which state to which, with the note
/// given. Append-only: a module derives its own entry type with the id of its record and never updates or deletes one.
/// </summary>
public abstract class TimelineEntry
{
    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ActorId { get; private set; }

    public string? ActorName { get; private set; }

    public string? ActorDepartment { get; private set; }

    /// <summary>The action's code (an enum member name), e.g. <c>Accept</c>.</summary>
    public string Action { get; private set; } = "";

    /// <summary>The action's Chinese label, e.g. 受理, as it was when the step was taken.</summary>
    public string ActionName { get; private set; } = "";

    public string? FromState { get; private set; }

    public string? ToState { get; private set; }

    public string? Note { get; private set; }

    /// <summary>
    /// Assigned by the database in the order entries are written: a timeline is read in this order, so that the steps one
    /// command takes at the same instant keep the order they were taken in.
    /// </summary>
    public long Sequence { get; private set; }

    /// <summary>Fills the common fields of a new entry: the current user did <paramref name="action"/> at <paramref name="at"/>.</summary>
    protected void Stamp(ICurrentUser user, DateTimeOffset at, Enum action, Enum? from, Enum? to, string? note) =>
        Stamp(user.UserId, user.UserName, user.Department, at, action, from, to, note);

    internal void Stamp(Guid? actorId, string? actorName, string? actorDepartment, DateTimeOffset at, Enum action, Enum? from, Enum? to, string? note)
    {
        Id = MonotonicGuid.Next(at);
        At = at;
        ActorId = actorId;
        ActorName = actorName;
        ActorDepartment = actorDepartment;
        Action = action.ToString();
        ActionName = action.Label();
        FromState = from?.ToString();
        ToState = to?.ToString();
        Note = note;
    }
}

public static class TimelineEntryConfiguration
{
    /// <summary>Column sizes, the write sequence and the (record, sequence) index every timeline needs.</summary>
    public static EntityTypeBuilder<T> ConfigureTimeline<T>(this EntityTypeBuilder<T> entity, string recordIdProperty)
        where T : TimelineEntry
    {
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Action).HasMaxLength(64);
        entity.Property(e => e.ActionName).HasMaxLength(64);
        entity.Property(e => e.FromState).HasMaxLength(64);
        entity.Property(e => e.ToState).HasMaxLength(64);
        entity.Property(e => e.ActorName).HasMaxLength(100);
        entity.Property(e => e.ActorDepartment).HasMaxLength(50);
        entity.Property(e => e.Note).HasMaxLength(4000);
        entity.Property(e => e.Sequence).UseIdentityAlwaysColumn();
        entity.HasIndex(recordIdProperty, nameof(TimelineEntry.Sequence));
        return entity;
    }
}
