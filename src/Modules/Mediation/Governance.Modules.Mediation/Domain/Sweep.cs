using System.ComponentModel;

namespace Governance.Modules.Mediation.Domain;

internal enum SweepFrequency
{
    [Description("每周")]
    Weekly = 1,

    [Description("每半月")]
    HalfMonthly = 2,

    [Description("每月")]
    Monthly = 3,

    [Description("每季度")]
    Quarterly = 4,
}

internal enum SweepState
{
    [Description("待排查")]
    Open = 1,

    [Description("已上报")]
    Reported = 2,
}

/// <summary>
/// 排查: one region's sweep obligation for one period, reported with the disputes found (registered with this sweep)
/// or as a 零报告. Unique per region and period start.
/// </summary>
internal sealed class Sweep
{
    public Guid Id { get; init; }

    /// <summary>The region's significant digits (12 village, 9 township, 6 county).</summary>
    public required string ScopeCode { get; init; }

    public HandlingLevel Level { get; init; }

    public SweepFrequency Frequency { get; init; }

    public DateOnly PeriodStart { get; init; }

    public DateOnly PeriodEnd { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset WarnFrom { get; init; }

    public SweepState State { get; set; } = SweepState.Open;

    public DateTimeOffset? ReportedAt { get; set; }

    public Guid? ReportedBy { get; set; }

    public string? ReportedByName { get; set; }

    public int FoundCount { get; set; }

    public bool ZeroReport { get; set; }

    /// <summary>Reported after its due instant (迟报).</summary>
    public bool Late { get; set; }

    public string? Note { get; set; }

    public uint Version { get; set; }
}
