using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using MediatR;

namespace Governance.Modules.Mediation.Application.Agreements;

/// <summary>履行完毕: the committee, supervising performance (《人民调解法》第三十一条), records that the agreement was performed.</summary>
internal sealed record ConfirmPerformance(string? Note) : DisputeCommand;

internal sealed class ConfirmPerformanceValidator : AbstractValidator<ConfirmPerformance>
{
    public ConfirmPerformanceValidator() =>
        RuleFor(c => c.Note).NotEmpty().WithMessage("请填写履行情况").MaximumLength(1000).WithMessage("履行情况最多 1000 个字符");
}

internal sealed class ConfirmPerformanceHandler(DisputeFlow flow) : IRequestHandler<ConfirmPerformance, Guid>
{
    public async Task<Guid> Handle(ConfirmPerformance c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        flow.Apply(dispute, DisputeAction.ConfirmPerformance, c.Note!.Trim());
        (dispute.Agreement!.PerformedAt, dispute.Agreement.PerformanceNote) = (flow.Now, c.Note.Trim());
        (dispute.DueAt, dispute.WarnFrom) = (null, null);
        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }
}
