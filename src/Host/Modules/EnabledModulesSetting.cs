using Microsoft.Extensions.Configuration;

namespace Governance.Host.Modules;

/// <summary>
/// Reads <c>Modules:Enabled</c>: a list (<c>Modules__Enabled__0=Petitions</c>), a comma-separated value
/// (<c>Modules__Enabled=Petitions,Mediation</c>) or <c>*</c>. Absent means every installed module.
/// </summary>
public static class EnabledModulesSetting
{
    public const string Key = "Modules:Enabled";

    /// <summary>The listed ids, or null when every installed module is enabled.</summary>
    public static IReadOnlyList<string>? Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Key);
        var values = section.GetChildren().Select(c => c.Value).ToList();
        if (section.Value is { } single)
        {
            values.Add(single);
        }

        var ids = values
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return ids.Count == 0 || ids.Contains("*") ? null : ids;
    }
}
