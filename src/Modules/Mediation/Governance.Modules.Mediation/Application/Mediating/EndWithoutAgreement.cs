using System.Text.Json.Serialization;
using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Mediation.Domain;
using MediatR;

namespace Governance.Modules.Mediation.Application.Mediating;

/// <summary>
/// 调解不成 (<see cref="Terminate"/> = false) or 终止调解 (true, e.g. a party withdrew or the risk made it unsafe): the parties
/// are told which channel to use (《人民调解法》第二十六条); a matter of 《法律援助法》第三十一条 brings a legal-aid offer.
/// </summary>
internal sealed record EndWithoutAgreement(string? Reason, string? SuggestedChannel) : DisputeCommand
{
    /// <summary>Set by the endpoint (<c>/terminate</c> rather than <c>/fail</c>), never by the body.</summary>
    [JsonIgnore]
    public bool Terminate { get; init; }
}

internal sealed class EndWithoutAgreementValidator : AbstractValidator<EndWithoutAgreement>
{
    public EndWithoutAgreementValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写调解不成或终止调解的原因").MaximumLength(2000).WithMessage("原因最多 2000 个字符");
        RuleFor(c => c.SuggestedChannel).NotEmpty().WithMessage("请填写告知当事人的解决途径（如诉讼、仲裁、行政复议）")
            .MaximumLength(200).WithMessage("解决途径最多 200 个字符");
    }
}

internal sealed class EndWithoutAgreementHandler(DisputeFlow flow, CrossModuleNotices notices) : IRequestHandler<EndWithoutAgreement, Guid>
{
    public async Task<Guid> Handle(EndWithoutAgreement c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        (dispute.OutcomeNote, dispute.SuggestedChannel) = (c.Reason!.Trim(), c.SuggestedChannel!.Trim());
        flow.Apply(dispute, c.Terminate ? DisputeAction.Terminate : DisputeAction.Fail,
            $"{dispute.OutcomeNote}；已告知当事人：{dispute.SuggestedChannel}");
        flow.PublishConcluded(dispute, c.Terminate ? MediationOutcome.Terminated : MediationOutcome.NotSettled);
        notices.OfferLegalAid(dispute);
        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }
}
