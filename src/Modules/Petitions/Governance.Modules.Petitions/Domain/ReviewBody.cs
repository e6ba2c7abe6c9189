namespace Governance.Modules.Petitions.Domain;

/// <summary>The body deciding a 复查 or 复核: its users' jurisdiction code and its name for the timeline.</summary>
internal readonly record struct ReviewBody(string Code, string Name);
