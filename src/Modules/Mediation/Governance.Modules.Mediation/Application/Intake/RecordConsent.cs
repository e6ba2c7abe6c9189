using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;

namespace Governance.Modules.Mediation.Application.Intake;

/// <summary>
/// A party's answer to mediation (《人民调解法》第十七条). A refusal ends the case as 不予调解 at once, with the other
/// channels the parties were told of.
/// </summary>
internal sealed record RecordConsent(Guid? PartyId, Consent? Consent, string? Note, string? SuggestedChannel) : DisputeCommand
{
    public static void Map(DisputeRoutes routes) =>
        routes.Steps.Map<RecordConsent>(routes.Disputes, "consent", MediationPermissions.Mediate, "记录当事人调解意愿（一方拒绝即不予调解）");
}

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

internal sealed class RecordConsentHandler(MediationDbContext db, CaseActs acts) : IRequestHandler<RecordConsent, Guid>
{
    public async Task<Guid> Handle(RecordConsent c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        if (dispute.RecordConsent(c.PartyId!.Value, c.Consent!.Value, c.Note, c.SuggestedChannel, acts.ByCaller()) is { } concluded)
        {
            db.Publish(concluded);
        }

        return dispute.Id;
    }
}
