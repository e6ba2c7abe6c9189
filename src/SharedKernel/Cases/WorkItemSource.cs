using Governance.SharedKernel.Workflow;

namespace Governance.SharedKernel.Cases;

/// <summary>
/// A record with a to-do list entry and a timeline. Steps it takes are kept until its module's DbContext saves: then
/// each becomes a timeline row and the record's work items are published to the outbox in the same transaction
/// (<see cref="Data.ModuleDbContext"/>). A new record publishes its work items on its first save.
/// </summary>
public abstract class WorkItemSource
{
    private readonly List<TimelineEntry> _unsavedSteps = [];
    private DateTimeOffset? _changedAt;

    /// <summary>The to-do list entries of this record as it is now.</summary>
    public abstract IEnumerable<WorkItem> WorkItems();

    /// <summary>Marks the record changed at <paramref name="at"/> with <paramref name="step"/> for its timeline (if any).</summary>
    protected void Journal(DateTimeOffset at, TimelineEntry? step)
    {
        _changedAt = at;
        if (step is not null)
        {
            _unsavedSteps.Add(step);
        }
    }

    internal IReadOnlyList<TimelineEntry> TakeUnsavedSteps()
    {
        var steps = _unsavedSteps.ToList();
        _unsavedSteps.Clear();
        return steps;
    }

    /// <summary>When the record changed since the last save (null when it did not), and forgets it.</summary>
    internal DateTimeOffset? TakeChange()
    {
        var at = _changedAt;
        _changedAt = null;
        return at;
    }
}
