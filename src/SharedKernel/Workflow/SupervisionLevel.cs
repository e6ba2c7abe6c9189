using System.ComponentModel;

namespace Governance.SharedKernel.Workflow;

/// <summary>督办 levels used across modules (天阙 普通/黄牌/红牌督办; 挂牌督办 for major items).</summary>
public enum SupervisionLevel
{
    [Description("普通督办")]
    Normal = 1,

    [Description("黄牌督办")]
    Yellow = 2,

    [Description("红牌督办")]
    Red = 3,

    [Description("挂牌督办")]
    Listed = 4,
}
