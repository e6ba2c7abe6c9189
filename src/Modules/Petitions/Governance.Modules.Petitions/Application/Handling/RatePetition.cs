using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using MediatR;

namespace Governance.Modules.Petitions.Application.Handling;

/// <summary>The handler records the petitioner's evaluation (e.g. obtained by the 包案 leader after the answer).</summary>
internal sealed record RatePetition(Guid Id, uint Version, Satisfaction? Satisfaction, string? Note) : ICommand<PetitionView>;

internal sealed class RatePetitionValidator : AbstractValidator<RatePetition>
{
    public RatePetitionValidator()
    {
        RuleFor(c => c.Satisfaction).NotNull().WithMessage("请选择评价（满意、基本满意、不满意）").IsInEnum();
        RuleFor(c => c.Note).Note();
    }
}

internal sealed class RatePetitionHandler(PetitionsDbContext db, ICurrentUser user, PetitionJournal journal)
    : IRequestHandler<RatePetition, PetitionView>
{
    public async Task<PetitionView> Handle(RatePetition request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        Ratings.Apply(petition, request.Satisfaction!.Value, journal, $"经办人记录{(request.Note is null ? "" : "：" + request.Note)}", null);
        return await journal.SavedAsync(petition, ct);
    }
}

/// <summary>One evaluation per petition, once it has been answered (信访工作条例 第二十一条: 信访人可评价办理情况).</summary>
internal static class Ratings
{
    public static void Apply(Petition petition, Satisfaction satisfaction, PetitionJournal journal, string note, ICurrentUser? actor)
    {
        if (petition.AnsweredAt is null)
        {
            throw new BusinessRuleException("信访件答复后才能评价");
        }

        if (petition.Satisfaction is { } given)
        {
            throw new BusinessRuleException($"本件已评价（{given.Label()}），不能重复评价");
        }

        petition.Satisfaction = satisfaction;
        petition.RatedAt = journal.Now;
        journal.Step(petition, PetitionAction.Rate, $"{satisfaction.Label()}（{note}）", actor);
    }
}
