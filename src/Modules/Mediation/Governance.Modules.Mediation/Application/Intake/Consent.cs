using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Mediation.Domain;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Workflow;
using MediatR;

namespace Governance.Modules.Mediation.Application.Intake;

/// <summary>
/// A party's answer to mediation (《人民调解法》第十七条). A refusal ends the case as 不予调解 at once, with the other
/// channels the parties were told of.
/// </summary>
internal sealed record RecordConsent(Guid? PartyId, Consent? Consent, string? Note, string? SuggestedChannel) : DisputeCommand;

/// <summary>不予调解 for another reason (not a matter for people's mediation, already in court …).</summary>
internal sealed record DeclineDispute(string? Reason, string? SuggestedChannel) : DisputeCommand;

internal sealed class RecordConsentValidator : AbstractValidator<RecordConsent>
{
    public RecordConsentValidator()
    {
        RuleFor(c => c.PartyId).NotNull().WithMessage("请选择当事人");
        RuleFor(c => c.Consent).NotNull().WithMessage("请选择调解意愿（Agreed 同意、Refused 拒绝）").IsInEnum().WithMessage("调解意愿不在代码表中")
            .NotEqual(Domain.Consent.Pending).WithMessage("请记录同意或拒绝");
        RuleFor(c => c.Note).MaximumLength(500).WithMessage("说明最多 500 个字符");
        RuleFor(c => c.SuggestedChannel).NotEmpty().When(c => c.Consent == Domain.Consent.Refused)
            .WithMessage("当事人拒绝调解时，请填写告知当事人的其他解决途径（如诉讼、仲裁）").MaximumLength(200).WithMessage("解决途径最多 200 个字符");
    }
}

internal sealed class DeclineDisputeValidator : AbstractValidator<DeclineDispute>
{
    public DeclineDisputeValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写不予调解的理由").MaximumLength(1000).WithMessage("理由最多 1000 个字符");
        RuleFor(c => c.SuggestedChannel).NotEmpty().WithMessage("请填写告知当事人的其他解决途径").MaximumLength(200).WithMessage("解决途径最多 200 个字符");
    }
}

internal sealed class RecordConsentHandler(DisputeFlow flow) : IRequestHandler<RecordConsent, Guid>
{
    public async Task<Guid> Handle(RecordConsent c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        var party = dispute.Parties.FirstOrDefault(p => p.Id == c.PartyId) ?? throw new BusinessRuleException("该当事人不在本纠纷中");
        flow.Apply(dispute, DisputeAction.RecordConsent, $"当事人{c.Consent!.Value.Label()}{(c.Note is null ? "" : "：" + c.Note)}");
        (party.Consent, party.ConsentNote) = (c.Consent.Value, c.Note);
        if (c.Consent == Consent.Refused)
        {
            Decline(flow, dispute, "当事人一方明确拒绝调解，不得调解（《人民调解法》第十七条）", c.SuggestedChannel!);
        }

        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }

    public static void Decline(DisputeFlow flow, Dispute dispute, string reason, string channel)
    {
        dispute.SuggestedChannel = channel.Trim();
        dispute.OutcomeNote = reason;
        flow.Apply(dispute, DisputeAction.Decline, $"{reason}；已告知当事人：{dispute.SuggestedChannel}");
        flow.PublishConcluded(dispute, MediationOutcome.Terminated);
    }
}

internal sealed class DeclineDisputeHandler(DisputeFlow flow) : IRequestHandler<DeclineDispute, Guid>
{
    public async Task<Guid> Handle(DeclineDispute c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        RecordConsentHandler.Decline(flow, dispute, c.Reason!.Trim(), c.SuggestedChannel!);
        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }
}
