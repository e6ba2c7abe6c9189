namespace Governance.Platform.Abstractions;

/// <summary>
/// A module (or the platform itself, id <see cref="PlatformNames.Id"/>) cannot start; the message names it and says what
/// to do. The host stops.
/// </summary>
public sealed class ModuleStartupException(string moduleId, string message, Exception? inner = null)
    : Exception($"Module '{moduleId}': {message}", inner)
{
    public string ModuleId { get; } = moduleId;
}
