using Governance.SharedKernel.Messaging;

namespace Governance.SharedKernel.WorkItems;

/// <summary>
/// Published by every module on each change of a case-like record, so the record shows in to-do lists (待办) and
/// the county overview. The host keeps <c>platform.work_items</c> from these events; the latest event per
/// (module, record id) wins.
/// </summary>
[IntegrationEvent("platform.work-item-changed.v1")]
public sealed record WorkItemChanged(
    string Module,
    string RecordId,
    string Kind,
    string Title,
    string ScopeCode,
    string? Department,
    Guid? Assignee,
    string Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? WarnFrom,
    DateTimeOffset? ClosedAt) : IntegrationEvent;
