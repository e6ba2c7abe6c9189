using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Workflow;
using MediatR;

namespace Governance.Modules.Mediation.Application.Ladder;

/// <summary>上报: the level cannot settle it and sends it one level up with its written opinion (村 → 乡镇 → 县).</summary>
internal sealed record EscalateDispute(string? Opinion) : DisputeCommand;

/// <summary>交办: a higher level assigns it one level down; a dispute registered at this level names the lower region.</summary>
internal sealed record AssignDisputeDown(string? RegionCode, string? Instruction) : DisputeCommand;

/// <summary>回退: a dispute sent up that the lower level should handle goes back down, with the reason.</summary>
internal sealed record ReturnDispute(string? Reason) : DisputeCommand;

/// <summary>分流指派 by 谁主管谁负责: the functional department (人社、住建、信访 …) responsible for the matter takes it on.</summary>
internal sealed record AssignDepartment(string? Department, string? Note) : DisputeCommand;

internal sealed class AssignDepartmentValidator : AbstractValidator<AssignDepartment>
{
    public AssignDepartmentValidator()
    {
        RuleFor(c => c.Department).NotEmpty().WithMessage("请填写主管部门代码")
            .Matches("^[a-z0-9-]{1,50}$").WithMessage("部门代码应为 1 到 50 个小写字母、数字或连字符（如 rsj）");
        RuleFor(c => c.Note).NotEmpty().WithMessage("请填写指派意见").MaximumLength(1000).WithMessage("指派意见最多 1000 个字符");
    }
}

internal sealed class EscalateDisputeValidator : AbstractValidator<EscalateDispute>
{
    public EscalateDisputeValidator() =>
        RuleFor(c => c.Opinion).NotEmpty().WithMessage("上报须附书面意见").MaximumLength(2000).WithMessage("书面意见最多 2000 个字符");
}

internal sealed class AssignDisputeDownValidator : AbstractValidator<AssignDisputeDown>
{
    public AssignDisputeDownValidator()
    {
        RuleFor(c => c.RegionCode).MustBeRegionCode();
        RuleFor(c => c.Instruction).NotEmpty().WithMessage("请填写交办意见").MaximumLength(2000).WithMessage("交办意见最多 2000 个字符");
    }
}

internal sealed class ReturnDisputeValidator : AbstractValidator<ReturnDispute>
{
    public ReturnDisputeValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写回退理由").MaximumLength(2000).WithMessage("回退理由最多 2000 个字符");
}

internal sealed class LadderHandlers(DisputeFlow flow) :
    IRequestHandler<EscalateDispute, Guid>, IRequestHandler<AssignDisputeDown, Guid>, IRequestHandler<ReturnDispute, Guid>,
    IRequestHandler<AssignDepartment, Guid>
{
    public async Task<Guid> Handle(AssignDepartment c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        (dispute.HandlingDepartment, dispute.AssigneeId) = (c.Department, null);
        flow.Apply(dispute, DisputeAction.AssignDepartment, $"指派 {c.Department} 主管：{c.Note!.Trim()}");
        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }

    public async Task<Guid> Handle(EscalateDispute c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        DisputeWorkflow.Machine.Next(dispute.State, DisputeAction.Escalate, DisputeWorkflow.Record);
        if (dispute.Level == HandlingLevel.County)
        {
            throw new BusinessRuleException("县级是矛盾纠纷调处的最高层级（重大问题不出县），不能再上报");
        }

        return await MoveAsync(dispute, dispute.Level + 1, Levels.RegionOf(dispute.ScopeCode)!, DisputeAction.Escalate, c.Opinion!, ct);
    }

    public async Task<Guid> Handle(AssignDisputeDown c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        DisputeWorkflow.Machine.Next(dispute.State, DisputeAction.AssignDown, DisputeWorkflow.Record);
        var target = Lower(dispute);
        var region = Levels.RegionOf(dispute.ScopeCode)!;
        if (region.Level < Levels.RegionLevelOf(target))
        {
            var named = c.RegionCode is null ? null : RegionCode.Parse(c.RegionCode);
            if (named is null || named.Level != Levels.RegionLevelOf(target) || !region.Contains(named))
            {
                throw new BusinessRuleException($"该纠纷登记在{dispute.Level.Label()}，交办时请填写其辖区内的{target.Label()}区划代码（regionCode）");
            }

            dispute.ScopeCode = named.Prefix;
            region = named;
        }

        return await MoveAsync(dispute, target, region, DisputeAction.AssignDown, c.Instruction!, ct);
    }

    public async Task<Guid> Handle(ReturnDispute c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        DisputeWorkflow.Machine.Next(dispute.State, DisputeAction.Return, DisputeWorkflow.Record);
        var target = Lower(dispute);
        var region = Levels.RegionOf(dispute.ScopeCode)!;
        if (region.Level < Levels.RegionLevelOf(target))
        {
            throw new BusinessRuleException($"该纠纷登记在{dispute.Level.Label()}，不是下级上报的，不能回退；可交办{target.Label()}");
        }

        return await MoveAsync(dispute, target, region, DisputeAction.Return, c.Reason!, ct);
    }

    private static HandlingLevel Lower(Dispute dispute) => dispute.Level == HandlingLevel.Village
        ? throw new BusinessRuleException("村（社区）是最低层级，不能再向下交办或回退")
        : dispute.Level - 1;

    private async Task<Guid> MoveAsync(Dispute dispute, HandlingLevel level, RegionCode region, DisputeAction action, string note, CancellationToken ct)
    {
        var from = dispute.Level;
        (dispute.Level, dispute.HandlingScope, dispute.AssigneeId) = (level, Levels.ScopeAt(region, level), null);
        flow.Apply(dispute, action, $"{from.Label()} → {level.Label()}（{dispute.HandlingScope}）：{note.Trim()}");
        if (dispute.AcceptedAt is not null)
        {
            await flow.StartClockAsync(dispute, flow.Now, ct);
        }

        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }
}
