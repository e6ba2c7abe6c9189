using System.Text.Json.Serialization;
using FluentValidation;
using Governance.Modules.Mediation.Application.Common;
using Governance.Modules.Mediation.Domain;
using Governance.Modules.Mediation.Infrastructure;
using Governance.SharedKernel.Cases;
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

    public static void Map(DisputeRoutes routes)
    {
        routes.Steps.Map<EndWithoutAgreement>(routes.Disputes, "fail", MediationPermissions.Mediate, "调解不成（告知途径；法律援助法第三十一条事项转介法律援助）");
        routes.Steps.Map<EndWithoutAgreement>(routes.Disputes, "terminate", MediationPermissions.Mediate, "终止调解（告知途径）",
            c => c with { Terminate = true });
    }
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

internal sealed class EndWithoutAgreementHandler(MediationDbContext db, CaseActs acts, CrossModuleNotices notices)
    : IRequestHandler<EndWithoutAgreement, Guid>
{
    public async Task<Guid> Handle(EndWithoutAgreement c, CancellationToken ct)
    {
        var dispute = await db.ForHandlingAsync(c, acts, ct);
        var act = acts.ByCaller();
        db.Publish(dispute.EndWithoutAgreement(c.Terminate, c.Reason!, c.SuggestedChannel!, act));
        notices.OfferLegalAid(dispute, act);
        return dispute.Id;
    }
}
