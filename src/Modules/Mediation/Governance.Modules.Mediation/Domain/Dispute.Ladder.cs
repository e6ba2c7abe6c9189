using Governance.SharedKernel.Cases;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Workflow;

namespace Governance.Modules.Mediation.Domain;

/// <summary>The ladder: 小问题不出村、大问题不出乡镇、重大问题不出县, and 谁主管谁负责.</summary>
internal sealed partial class Dispute
{
    /// <summary>上报 is open below the county (重大问题不出县).</summary>
    public bool MayEscalate => Level != HandlingLevel.County;

    /// <summary>交办 is open above the village.</summary>
    public bool MayAssignDown => Level != HandlingLevel.Village;

    /// <summary>回退 is open for a dispute that came up: its place lies at or below the level beneath the one handling it.</summary>
    public bool MayReturn => MayAssignDown && Levels.RegionOf(ScopeCode)!.Level >= Levels.RegionLevelOf(Level - 1);

    /// <summary>分流指派: the functional department (人社、住建、信访 …) responsible for the matter takes it on.</summary>
    public void AssignDepartment(string department, string note, CaseAct act)
    {
        (HandlingDepartment, AssigneeId) = (department, null);
        Take(DisputeAction.AssignDepartment, $"指派 {department} 主管：{note.Trim()}", act);
    }

    /// <summary>上报: the level cannot settle it and sends it one level up with its written opinion (村 → 乡镇 → 县).</summary>
    public Task EscalateAsync(string opinion, IDisputeDeadlines deadlines, CaseAct act, CancellationToken ct)
    {
        EnsureAllowed(DisputeAction.Escalate);
        if (!MayEscalate)
        {
            throw new BusinessRuleException("县级是矛盾纠纷调处的最高层级（重大问题不出县），不能再上报");
        }

        return MoveAsync(Level + 1, Levels.RegionOf(ScopeCode)!, DisputeAction.Escalate, opinion, deadlines, act, ct);
    }

    /// <summary>交办: a higher level assigns it one level down; a dispute registered at this level names the lower region.</summary>
    public Task AssignDownAsync(string? regionCode, string instruction, IDisputeDeadlines deadlines, CaseAct act, CancellationToken ct)
    {
        EnsureAllowed(DisputeAction.AssignDown);
        var target = LevelBelow();
        var region = Levels.RegionOf(ScopeCode)!;
        if (region.Level < Levels.RegionLevelOf(target))
        {
            var named = regionCode is null ? null : RegionCode.Parse(regionCode);
            if (named is null || named.Level != Levels.RegionLevelOf(target) || !region.Contains(named))
            {
                throw new BusinessRuleException($"该纠纷登记在{Level.Label()}，交办时请填写其辖区内的{target.Label()}区划代码（regionCode）");
            }

            ScopeCode = named.Prefix;
            region = named;
        }

        return MoveAsync(target, region, DisputeAction.AssignDown, instruction, deadlines, act, ct);
    }

    /// <summary>回退: a dispute sent up that the lower level should handle goes back down, with the reason.</summary>
    public Task ReturnAsync(string reason, IDisputeDeadlines deadlines, CaseAct act, CancellationToken ct)
    {
        EnsureAllowed(DisputeAction.Return);
        var target = LevelBelow();
        if (!MayReturn)
        {
            throw new BusinessRuleException($"该纠纷登记在{Level.Label()}，不是下级上报的，不能回退；可交办{target.Label()}");
        }

        return MoveAsync(target, Levels.RegionOf(ScopeCode)!, DisputeAction.Return, reason, deadlines, act, ct);
    }

    private HandlingLevel LevelBelow() => !MayAssignDown
        ? throw new BusinessRuleException("村（社区）是最低层级，不能再向下交办或回退")
        : Level - 1;

    /// <summary>The new level handles it from now; an accepted dispute's time limit starts again at that level.</summary>
    private async Task MoveAsync(
        HandlingLevel level, RegionCode region, DisputeAction action, string note, IDisputeDeadlines deadlines, CaseAct act, CancellationToken ct)
    {
        var from = Level;
        (Level, HandlingScope, AssigneeId) = (level, Levels.ScopeAt(region, level), null);
        Take(action, $"{from.Label()} → {level.Label()}（{HandlingScope}）：{note.Trim()}", act);
        if (AcceptedAt is not null)
        {
            Deadline.Runs(await deadlines.HandlingAsync(this, level, act.At, ct));
        }
    }
}
