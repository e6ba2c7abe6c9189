namespace Governance.SharedKernel.Cases;

/// <summary>What a case's to-do entry shows besides its id, scope, state, deadline and closing.</summary>
/// <param name="Assignee">The user it is assigned to; null = the 包案 leader's account, if any.</param>
public sealed record CaseWorkItem(string Module, string Kind, string Title, string? Department, Guid? Assignee, DateTimeOffset OpenedAt);
