using Governance.SharedKernel.Modules;

namespace Governance.Testing;

/// <summary>
/// Tells a host that these modules are enabled, for flows into modules that exist only as contracts so far (LegalAid,
/// SpecialGroups, SafetyInspections): register it as a service before the host's own (<c>services: s => s.AddSingleton&lt;IEnabledModules&gt;(…)</c>).
/// </summary>
public sealed class EnabledModules(params string[] ids) : IEnabledModules
{
    public bool IsEnabled(string moduleId) => ids.Contains(moduleId, StringComparer.OrdinalIgnoreCase);
}
