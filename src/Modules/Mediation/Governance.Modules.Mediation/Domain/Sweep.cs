using System.ComponentModel;
using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Data;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Time;
using Governance.SharedKernel.Workflow;

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
/// or as a 零报告. Unique per region and period start. Its to-do entry is due at the end of the period.
/// </summary>
internal sealed class Sweep : WorkItemSource
{
    private Sweep()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The region's significant digits (12 village, 9 township, 6 county).</summary>
    public string ScopeCode { get; private set; } = "";

    /// <summary>The region's name as the Registry gave it when the sweep was opened or reported, for the to-do entry.</summary>
    public string RegionName { get; private set; } = "";

    public HandlingLevel Level { get; private set; }

    public SweepFrequency Frequency { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset WarnFrom { get; private set; }

    public SweepState State { get; private set; } = SweepState.Open;

    public DateTimeOffset? ReportedAt { get; private set; }

    public Guid? ReportedBy { get; private set; }

    public string? ReportedByName { get; private set; }

    public int FoundCount { get; private set; }

    public bool ZeroReport { get; private set; }

    /// <summary>Reported after its due instant (迟报).</summary>
    public bool Late { get; private set; }

    public string? Note { get; private set; }

    public uint Version { get; set; }

    /// <summary>The sweep of <paramref name="region"/> for the period <paramref name="start"/>–<paramref name="end"/>, due at the end of its last day.</summary>
    public static Sweep Open(
        string region, string regionName, HandlingLevel level, SweepFrequency frequency, DateOnly start, DateOnly end, DateTimeOffset at)
    {
        var sweep = new Sweep
        {
            Id = MonotonicGuid.Next(at), ScopeCode = region, RegionName = regionName, Level = level, Frequency = frequency,
            PeriodStart = start, PeriodEnd = end, OpenedAt = at, DueAt = ChinaTime.EndOf(end), WarnFrom = ChinaTime.StartOf(end),
        };
        sweep.Journal(at, null);
        return sweep;
    }

    /// <summary>排查上报: the disputes registered with this sweep are its findings (<paramref name="found"/>); with none it is a 零报告.</summary>
    public void Report(int found, bool zeroReport, string? note, string regionName, CaseAct act)
    {
        if (State == SweepState.Reported)
        {
            throw new BusinessRuleException($"本期排查已于 {ChinaTime.ToText(ReportedAt)} 上报");
        }

        if (found == 0 && !zeroReport)
        {
            throw new BusinessRuleException("本期没有登记排查发现的矛盾纠纷：未发现的，请作零报告（zeroReport = true）");
        }

        if (found > 0 && zeroReport)
        {
            throw new BusinessRuleException($"本期已登记排查发现的矛盾纠纷 {found} 件，不能作零报告", new Dictionary<string, object?> { ["found"] = found });
        }

        (State, ReportedAt, ReportedBy, ReportedByName, RegionName) = (SweepState.Reported, act.At, act.By.Id, act.By.Name, regionName);
        (FoundCount, ZeroReport, Late, Note) = (found, zeroReport, act.At > DueAt, note?.Trim());
        Journal(act.At, null);
    }

    public override IEnumerable<WorkItem> WorkItems()
    {
        yield return new WorkItem(
            "Mediation", Id.ToString(), "sweep", $"{RegionName} {PeriodStart:yyyy-MM-dd}至{PeriodEnd:yyyy-MM-dd} 矛盾纠纷排查（{Frequency.Label()}）",
            ScopeCode, null, null, State.Label(), OpenedAt, DueAt, WarnFrom, ReportedAt);
    }
}
