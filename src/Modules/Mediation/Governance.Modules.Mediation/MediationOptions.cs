using Governance.Modules.Mediation.Domain;

namespace Governance.Modules.Mediation;

/// <summary>Settings under <c>Modules:Mediation</c>.</summary>
internal sealed class MediationOptions
{
    /// <summary>排查 frequency per level (<c>Modules:Mediation:Sweeps:Village|Township|County</c>).</summary>
    public SweepOptions Sweeps { get; set; } = new();

    /// <summary>How often disputes near or past their time limit are checked for automatic 督办.</summary>
    public TimeSpan OverdueCheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A dispute involving at least this many people is 群体性 and marked major (重大).</summary>
    public int MajorHeadcount { get; set; } = 5;

    public SweepFrequency FrequencyFor(HandlingLevel level) => level switch
    {
        HandlingLevel.Village => Sweeps.Village,
        HandlingLevel.Township => Sweeps.Township,
        _ => Sweeps.County,
    };
}

internal sealed class SweepOptions
{
    public SweepFrequency Village { get; set; } = SweepFrequency.Weekly;

    public SweepFrequency Township { get; set; } = SweepFrequency.Monthly;

    public SweepFrequency County { get; set; } = SweepFrequency.Quarterly;
}
