using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Handling;

/// <summary>
/// 出具信访处理意见书: outcome 支持 / 解释说明 / 不予支持 with its basis (《信访工作条例》第三十二条). With
/// <see cref="FromMediation"/> the settled mediation's agreement (调解协议, 第三十三条) is the basis and, by default, the opinion.
/// </summary>
internal sealed record AnswerPetition(AnswerOutcome? Outcome, string? Basis, string? Opinion, bool FromMediation) : PetitionCommand;

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

internal sealed class AnswerPetitionHandler(PetitionsDbContext db, CaseActs acts)
    : IRequestHandler<AnswerPetition, Guid>
{
    public async Task<Guid> Handle(AnswerPetition request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        petition.Answer(request.Outcome!.Value, request.FromMediation ? request.Basis : request.Basis!.Trim(),
            request.FromMediation ? request.Opinion : request.Opinion!.Trim(), request.FromMediation, acts.ByCaller());
        return petition.Id;
    }
}

internal static class AnswerPetitionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<AnswerPetition>(endpoints, "answer", PetitionPermissions.Handle, "出具信访处理意见书（fromMediation=true 依调解协议答复）");
    }
}
