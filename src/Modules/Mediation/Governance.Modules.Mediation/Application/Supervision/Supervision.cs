using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Workflow;
using Governance.SharedKernel.Time;
using MediatR;

namespace Governance.Modules.Mediation.Application.Supervision;

/// <summary>督办 with a level; 挂牌督办 (<see cref="SupervisionLevel.Listed"/>) only for major disputes.</summary>
internal sealed record SuperviseDispute(SupervisionLevel? Level, string? Note) : DisputeCommand;

/// <summary>领导包案: a leader takes personal charge of a major dispute.</summary>
internal sealed record AssignLeader(string? Leader, string? Note) : DisputeCommand;

/// <summary>申请延期 of the mediation time limit.</summary>
internal sealed record RequestExtension(int? Days, string? Reason) : DisputeCommand;

/// <summary>审批延期: the pending request approved (the due date moves) or refused.</summary>
internal sealed record DecideExtension(bool? Approved, string? Note) : DisputeCommand;

internal sealed class SuperviseDisputeValidator : AbstractValidator<SuperviseDispute>
{
    public SuperviseDisputeValidator()
    {
        RuleFor(c => c.Level).NotNull().WithMessage("请选择督办级别").IsInEnum().WithMessage("督办级别不在代码表中");
        RuleFor(c => c.Note).NotEmpty().WithMessage("请填写督办意见").MaximumLength(500).WithMessage("督办意见最多 500 个字符");
    }
}

internal sealed class AssignLeaderValidator : AbstractValidator<AssignLeader>
{
    public AssignLeaderValidator()
    {
        RuleFor(c => c.Leader).NotEmpty().WithMessage("请填写包案领导").MaximumLength(100).WithMessage("包案领导最多 100 个字符");
        RuleFor(c => c.Note).MaximumLength(500).WithMessage("说明最多 500 个字符");
    }
}

internal sealed class RequestExtensionValidator : AbstractValidator<RequestExtension>
{
    public RequestExtensionValidator()
    {
        RuleFor(c => c.Days).NotNull().WithMessage("请填写延期天数").InclusiveBetween(1, 30).WithMessage("每次延期 1 到 30 天");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写延期理由").MaximumLength(1000).WithMessage("延期理由最多 1000 个字符");
    }
}

internal sealed class DecideExtensionValidator : AbstractValidator<DecideExtension>
{
    public DecideExtensionValidator()
    {
        RuleFor(c => c.Approved).NotNull().WithMessage("请选择同意或不同意");
        RuleFor(c => c.Note).MaximumLength(1000).WithMessage("审批意见最多 1000 个字符");
    }
}

internal sealed class SupervisionHandlers(MediationDbContext db, DisputeFlow flow) :
    IRequestHandler<SuperviseDispute, Guid>, IRequestHandler<AssignLeader, Guid>,
    IRequestHandler<RequestExtension, Guid>, IRequestHandler<DecideExtension, Guid>
{
    public async Task<Guid> Handle(SuperviseDispute c, CancellationToken ct)
    {
        var dispute = await flow.LoadAsync(c.DisputeId, c.ExpectedVersion, ct);
        if (c.Level == SupervisionLevel.Listed && !dispute.IsMajor)
        {
            throw new BusinessRuleException("挂牌督办只用于重大矛盾纠纷");
        }

        (dispute.Supervision, dispute.SupervisionNote) = (c.Level!.Value, c.Note!.Trim());
        flow.Apply(dispute, DisputeAction.Supervise, $"{c.Level.Value.Label()}：{dispute.SupervisionNote}");
        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }

    public async Task<Guid> Handle(AssignLeader c, CancellationToken ct)
    {
        var dispute = await flow.LoadAsync(c.DisputeId, c.ExpectedVersion, ct);
        if (!dispute.IsMajor)
        {
            throw new BusinessRuleException("领导包案用于重大矛盾纠纷，请先标记为重大");
        }

        dispute.LeaderInCharge = c.Leader!.Trim();
        flow.Apply(dispute, DisputeAction.AssignLeader, $"包案领导 {dispute.LeaderInCharge}{(c.Note is null ? "" : "：" + c.Note)}");
        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }

    public async Task<Guid> Handle(RequestExtension c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        flow.Apply(dispute, DisputeAction.RequestExtension, $"申请延期 {c.Days} 天：{c.Reason!.Trim()}");
        if (dispute.Extensions.Any(e => e.State == ExtensionState.Pending))
        {
            throw new BusinessRuleException("已有延期申请在审核中");
        }

        db.Add(new ExtensionRequest
        {
            Id = Guid.CreateVersion7(flow.Now), DisputeId = dispute.Id, Days = c.Days!.Value, Reason = c.Reason.Trim(),
            RequestedAt = flow.Now, RequestedBy = flow.User.UserId,
        });
        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }

    public async Task<Guid> Handle(DecideExtension c, CancellationToken ct)
    {
        var dispute = await flow.LoadAsync(c.DisputeId, c.ExpectedVersion, ct);
        var request = dispute.Extensions.FirstOrDefault(e => e.State == ExtensionState.Pending)
            ?? throw new BusinessRuleException("没有审核中的延期申请");
        request.State = c.Approved!.Value ? ExtensionState.Approved : ExtensionState.Refused;
        (request.DecidedAt, request.DecidedBy, request.DecisionNote) = (flow.Now, flow.User.UserId, c.Note?.Trim());
        if (c.Approved.Value)
        {
            dispute.DueAt = dispute.DueAt?.AddDays(request.Days);
            dispute.WarnFrom = dispute.WarnFrom?.AddDays(request.Days);
        }

        flow.Apply(dispute, DisputeAction.DecideExtension,
            $"{request.State.Label()}延期 {request.Days} 天{(c.Approved.Value ? $"，期限至 {ChinaTime.ToText(dispute.DueAt)}" : "")}{(c.Note is null ? "" : "：" + c.Note)}");
        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }
}
