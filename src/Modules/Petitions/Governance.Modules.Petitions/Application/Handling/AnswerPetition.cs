using FluentValidation;
using Governance.Modules.Mediation.Contracts;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;

namespace Governance.Modules.Petitions.Application.Handling;

/// <summary>
/// 出具信访处理意见书: outcome 支持 / 解释说明 / 不予支持 with its basis (《信访工作条例》第三十二条). With
/// <see cref="FromMediation"/> the settled mediation's agreement (调解协议, 第三十三条) is the basis and, by default, the opinion.
/// </summary>
internal sealed record AnswerPetition(Guid Id, uint Version, AnswerOutcome? Outcome, string? Basis, string? Opinion, bool FromMediation)
    : ICommand<PetitionView>;

internal sealed class AnswerPetitionValidator : AbstractValidator<AnswerPetition>
{
    public AnswerPetitionValidator()
    {
        RuleFor(c => c.Outcome).NotNull().WithMessage("请选择处理结果（支持、解释说明、不予支持）").IsInEnum();
        RuleFor(c => c.Outcome).NotEqual(AnswerOutcome.NotSupport).When(c => c.FromMediation)
            .WithMessage("依调解协议答复的，处理结果应为支持或解释说明");
        RuleFor(c => c.Basis).RequiredText("处理依据（法律、法规、政策条款）", 2000).When(c => !c.FromMediation);
        RuleFor(c => c.Basis).MaximumLength(2000).WithMessage("处理依据不能超过 2000 字").PlainText();
        RuleFor(c => c.Opinion).RequiredText("处理意见", 8000).When(c => !c.FromMediation);
        RuleFor(c => c.Opinion).MaximumLength(8000).WithMessage("处理意见不能超过 8000 字").PlainText();
    }
}

internal sealed class AnswerPetitionHandler(PetitionsDbContext db, ICurrentUser user, PetitionJournal journal)
    : IRequestHandler<AnswerPetition, PetitionView>
{
    public async Task<PetitionView> Handle(AnswerPetition request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        journal.Transition(petition, PetitionAction.Answer, request.FromMediation ? "依调解协议答复" : null);
        if (request.FromMediation)
        {
            if (petition.MediationOutcome != MediationOutcome.Settled)
            {
                throw new BusinessRuleException("尚未收到调解成功的结果（调解协议），不能依调解协议答复");
            }

            var agreement = $"调解协议（纠纷 {petition.DisputeNumber}，协议 {petition.MediationAgreementId}）：{petition.MediationAgreementSummary}";
            petition.AnswerBasis = string.IsNullOrWhiteSpace(request.Basis) ? agreement : $"{request.Basis.Trim()}；{agreement}";
            petition.AnswerOpinion = string.IsNullOrWhiteSpace(request.Opinion) ? petition.MediationAgreementSummary : request.Opinion.Trim();
        }
        else
        {
            petition.AnswerBasis = request.Basis!.Trim();
            petition.AnswerOpinion = request.Opinion!.Trim();
        }

        petition.AnswerOutcome = request.Outcome;
        petition.AnsweredFromMediation = request.FromMediation;
        petition.AnsweredAt = journal.Now;
        petition.Runs(null);
        return await journal.SavedAsync(petition, ct);
    }
}
