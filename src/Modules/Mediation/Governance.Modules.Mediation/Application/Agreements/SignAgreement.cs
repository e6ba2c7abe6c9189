using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.Agreements;

/// <summary>
/// 签名、盖章或者按指印 on a written agreement: a party (by party id), a mediator of the case, or the committee seal. The
/// last missing signature makes the agreement effective (《人民调解法》第二十九条).
/// </summary>
internal sealed record SignAgreement(SignerKind? Kind, Guid? PartyId, string? SignerName, DateTimeOffset? SignedAt) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<SignAgreement>(routes.Disputes, "agreement/signatures", MediationPermissions.Mediate, "协议签署：当事人、调解员、调解委员会印章");
}

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

internal sealed class SignAgreementHandler(MediationDbContext db, CaseActs acts) : IRequestHandler<SignAgreement, Guid>
{
    public async Task<Guid> Handle(SignAgreement c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        if (dispute.SignAgreement(c.Kind!.Value, c.PartyId, c.SignerName, c.SignedAt, acts.ByCaller()) is { } concluded)
        {
            db.Publish(concluded);
        }

        return dispute.Id;
    }
}
