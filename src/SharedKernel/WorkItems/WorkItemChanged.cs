using System.Text.Json.Serialization;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Messaging;

namespace Governance.SharedKernel.WorkItems;

/// <summary>
/// Published for every change of a record with a to-do entry, so the record shows in to-do lists (待办) and the county
/// overview. The platform keeps <c>platform.work_items</c> from these events; the latest event per (module, record id)
/// wins. Only the case kit creates it (from a <see cref="WorkItemSource"/> as it is saved), so no step can forget it.
/// </summary>
[IntegrationEvent("platform.work-item-changed.v1")]
public sealed record WorkItemChanged : IntegrationEvent
{
    [JsonConstructor]
    internal WorkItemChanged(
        string module, string recordId, string kind, string title, string scopeCode, string? department, Guid? assignee,
        string status, DateTimeOffset openedAt, DateTimeOffset? dueAt, DateTimeOffset? warnFrom, DateTimeOffset? closedAt)
    {
        (Module, RecordId, Kind, Title, ScopeCode, Department, Assignee) = (module, recordId, kind, title, scopeCode, department, assignee);
        (Status, OpenedAt, DueAt, WarnFrom, ClosedAt) = (status, openedAt, dueAt, warnFrom, closedAt);
    }

    internal WorkItemChanged(WorkItem item)
        : this(item.Module, item.RecordId, item.Kind, item.Title, item.ScopeCode, item.Department, item.Assignee, item.Status,
            item.OpenedAt, item.DueAt, item.WarnFrom, item.ClosedAt)
    {
    }

    public string Module { get; }

    public string RecordId { get; }

    public string Kind { get; }

    public string Title { get; }

    public string ScopeCode { get; }

    public string? Department { get; }

    public Guid? Assignee { get; }

    public string Status { get; }

    public DateTimeOffset OpenedAt { get; }

    public DateTimeOffset? DueAt { get; }

    public DateTimeOffset? WarnFrom { get; }

    public DateTimeOffset? ClosedAt { get; }
}
