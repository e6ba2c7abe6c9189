namespace Governance.Host.Modules;

/// <summary>A module cannot be loaded; the message names the module and says what to do. The host stops.</summary>
public sealed class ModuleStartupException(string moduleId, string message, Exception? inner = null)
    : Exception($"Module '{moduleId}': {message}", inner)
{
    public string ModuleId { get; } = moduleId;
}
