using Governance.SharedKernel.Workflow;

namespace Governance.SharedKernel.Cases;

/// <summary>
/// 督办 levels ranked explicitly (none &lt; 普通 &lt; 黄牌 &lt; 红牌 &lt; 挂牌): levels are stored as text, where comparing the stored
/// values would compare strings.
/// </summary>
public static class SupervisionRanks
{
    public static int Rank(this SupervisionLevel? level) => level is { } set ? set.Rank() : 0;

    public static int Rank(this SupervisionLevel level) => level switch
    {
        SupervisionLevel.Normal => 1,
        SupervisionLevel.Yellow => 2,
        SupervisionLevel.Red => 3,
        SupervisionLevel.Listed => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The levels ranked below <paramref name="level"/>, for queries over the stored text.</summary>
    public static SupervisionLevel[] Below(SupervisionLevel level) =>
        Enum.GetValues<SupervisionLevel>().Where(l => l.Rank() < level.Rank()).ToArray();
}
