using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Workflow;
using MediatR;

namespace Governance.Modules.Petitions.Application.Review;

/// <summary>
/// 复查意见 (the petitioner may then ask for 复核 within 30 days) or 复核意见, after which the matter is 终结: the same
/// facts and reasons are not accepted again (第三十六条).
/// </summary>
internal sealed record DecideReview(Guid Id, uint Version, ReviewStage Stage, AnswerOutcome? Outcome, string? Opinion)
    : ICommand<PetitionView>;

internal sealed class DecideReviewValidator : AbstractValidator<DecideReview>
{
    public DecideReviewValidator()
    {
        RuleFor(c => c.Outcome).NotNull().WithMessage("请选择意见结论（支持、解释说明、不予支持）").IsInEnum();
        RuleFor(c => c.Opinion).RequiredText("意见内容", 8000);
    }
}

internal sealed class DecideReviewHandler(PetitionsDbContext db, ICurrentUser user, PetitionDeadlines deadlines, PetitionJournal journal)
    : IRequestHandler<DecideReview, PetitionView>
{
    public async Task<PetitionView> Handle(DecideReview request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        var review = request.Stage == ReviewStage.Review;
        var onTime = journal.Now <= petition.CurrentDue ? "" : "（超期）";
        journal.Transition(petition, review ? PetitionAction.DecideReview : PetitionAction.DecideReReview,
            $"{request.Stage.Label()}意见：{request.Outcome!.Value.Label()}{onTime}");
        if (review)
        {
            petition.ReviewOutcome = request.Outcome;
            petition.ReviewOpinion = request.Opinion!.Trim();
            petition.ReviewDecidedAt = journal.Now;
            petition.ReReviewRequestDue = (await deadlines.DueAsync(PetitionDeadlines.ReReviewRequest, journal.Now, ct)).Due;
            petition.Runs(null);
        }
        else
        {
            petition.ReReviewOutcome = request.Outcome;
            petition.ReReviewOpinion = request.Opinion!.Trim();
            petition.ReReviewDecidedAt = journal.Now;
            petition.FinalizedAt = journal.Now;
        }

        return await journal.SavedAsync(petition, ct);
    }
}
