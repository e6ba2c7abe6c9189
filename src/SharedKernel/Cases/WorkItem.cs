namespace Governance.SharedKernel.Cases;

/// <summary>
/// What a record shows in the to-do lists (待办). A record describes it; the kit publishes it as the platform's
/// <c>WorkItemChanged</c> event whenever the record is saved after a step, so no step can forget it.
/// </summary>
public sealed record WorkItem(
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
    DateTimeOffset? ClosedAt);
