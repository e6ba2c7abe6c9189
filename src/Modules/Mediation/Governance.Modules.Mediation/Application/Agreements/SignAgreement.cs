using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Workflow;
using MediatR;

namespace Governance.Modules.Mediation.Application.Agreements;

/// <summary>
/// 签名、盖章或者按指印 on a written agreement: a party (by party id), a mediator of the case, or the committee seal. The
/// last missing signature makes the agreement effective (《人民调解法》第二十九条).
/// </summary>
internal sealed record SignAgreement(SignerKind? Kind, Guid? PartyId, string? SignerName, DateTimeOffset? SignedAt) : DisputeCommand;

internal sealed class SignAgreementValidator : AbstractValidator<SignAgreement>
{
    public SignAgreementValidator(TimeProvider clock)
    {
        RuleFor(c => c.Kind).NotNull().WithMessage("请选择签署方（Party 当事人、Mediator 调解员、CommitteeSeal 调解委员会印章）")
            .IsInEnum().WithMessage("签署方不在代码表中");
        RuleFor(c => c.PartyId).NotNull().When(c => c.Kind == SignerKind.Party).WithMessage("当事人签名请选择当事人");
        RuleFor(c => c.PartyId).Null().When(c => c.Kind != SignerKind.Party).WithMessage("只有当事人签名需要 partyId");
        RuleFor(c => c.SignerName).NotEmpty().When(c => c.Kind != SignerKind.CommitteeSeal).WithMessage("请填写签名人")
            .MaximumLength(100).WithMessage("签名人最多 100 个字符");
        RuleFor(c => c.SignedAt).LessThanOrEqualTo(_ => clock.GetUtcNow().AddHours(1)).WithMessage("签署时间不能晚于现在");
    }
}

internal sealed class SignAgreementHandler(MediationDbContext db, DisputeFlow flow, AgreementEffect effect) : IRequestHandler<SignAgreement, Guid>
{
    public async Task<Guid> Handle(SignAgreement c, CancellationToken ct)
    {
        var dispute = await flow.LoadForHandlingAsync(c.DisputeId, c.ExpectedVersion, ct);
        DisputeWorkflow.Machine.Next(dispute.State, DisputeAction.SignAgreement, DisputeWorkflow.Record);
        var agreement = dispute.Agreement!;
        var name = SignerName(dispute, c);
        if (agreement.Signatures.Any(s => s.Kind == c.Kind && s.PartyId == c.PartyId && (c.Kind != SignerKind.Mediator || s.SignerName == name)))
        {
            throw new BusinessRuleException($"{c.Kind!.Value.Label()} {name} 已签署");
        }

        var signature = new AgreementSignature
        {
            Id = Guid.CreateVersion7(flow.Now),
            AgreementId = agreement.Id,
            Kind = c.Kind!.Value,
            PartyId = c.PartyId,
            SignerName = name,
            SignedAt = c.SignedAt ?? flow.Now,
            RecordedBy = flow.User.UserId,
        };
        db.Add(signature);
        agreement.Signatures.Add(signature);
        flow.Apply(dispute, DisputeAction.SignAgreement, $"{signature.Kind.Label()} {name} 签署");
        if (Signatures.Missing(agreement, dispute).Count == 0)
        {
            effect.TakeEffect(dispute, "各方当事人签名、调解员签名并加盖人民调解委员会印章，协议生效（《人民调解法》第二十九条）");
        }

        flow.PublishWorkItem(dispute);
        return dispute.Id;
    }

    private static string SignerName(Dispute dispute, SignAgreement c)
    {
        switch (c.Kind)
        {
            case SignerKind.Party when dispute.Parties.All(p => p.Id != c.PartyId):
                throw new BusinessRuleException("该当事人不在本纠纷中");
            case SignerKind.Mediator when !dispute.Mediators.Contains(c.SignerName!.Trim()):
                throw new BusinessRuleException($"{c.SignerName} 不是本案调解员（{string.Join("、", dispute.Mediators)}）");
            case SignerKind.CommitteeSeal:
                return dispute.Committee ?? "人民调解委员会";
            default:
                return c.SignerName!.Trim();
        }
    }
}
