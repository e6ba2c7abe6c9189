using System.ComponentModel;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Workflow;

namespace Governance.SharedKernel.Tests.Workflow;

public sealed class StateMachineTests
{
    private enum Door
    {
        [Description("已关闭")]
        Closed,

        [Description("已打开")]
        Open,

        [Description("已锁")]
        Locked,
    }

    private enum Move
    {
        [Description("开门")]
        Open,

        [Description("关门")]
        Close,

        [Description("上锁")]
        Lock,
    }

    private static readonly StateMachine<Door, Move> Machine = new StateMachine<Door, Move>()
        .Allow(Door.Closed, Move.Open, Door.Open)
        .Allow([Door.Open, Door.Closed], Move.Close, Door.Closed)
        .Allow(Door.Closed, Move.Lock, Door.Locked);

    [Fact]
    public void An_allowed_action_leads_to_its_state()
    {
        Assert.Equal(Door.Open, Machine.Next(Door.Closed, Move.Open, "门"));
        Assert.Equal(Door.Closed, Machine.Next(Door.Open, Move.Close, "门"));
        Assert.Equal([Move.Open, Move.Close, Move.Lock], Machine.AllowedFrom(Door.Closed));
    }

    [Fact]
    public void A_forbidden_action_names_the_state_and_what_is_allowed()
    {
        var refused = Assert.Throws<BusinessRuleException>(() => Machine.Next(Door.Open, Move.Lock, "门"));

        Assert.Equal("门当前状态为「已打开」，不能「上锁」。可办理：关门。", refused.Message);
        Assert.Equal("Open", refused.Details["currentState"]);
        Assert.Equal("已打开", refused.Details["currentStateName"]);
        Assert.Equal([new CodeLabel("Close", "关门")], (IEnumerable<CodeLabel>)refused.Details["allowedActions"]!);
    }

    [Fact]
    public void A_final_state_says_nothing_more_can_be_done()
    {
        var refused = Assert.Throws<BusinessRuleException>(() => Machine.Next(Door.Locked, Move.Open, "门"));

        Assert.Contains("该状态下不能再办理任何操作", refused.Message);
        Assert.Empty((IEnumerable<CodeLabel>)refused.Details["allowedActions"]!);
    }

    [Fact]
    public void A_transition_declared_twice_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => new StateMachine<Door, Move>()
            .Allow(Door.Closed, Move.Open, Door.Open)
            .Allow(Door.Closed, Move.Open, Door.Locked));
    }

    [Fact]
    public void Code_tables_list_codes_with_their_labels_in_order()
    {
        Assert.Equal(
            [new CodeLabel("Closed", "已关闭"), new CodeLabel("Open", "已打开"), new CodeLabel("Locked", "已锁")],
            CodeLabels.TableOf<Door>());
        Assert.Equal("普通督办", SupervisionLevel.Normal.Label());
    }
}
