using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using Governance.SharedKernel.Time;
using MediatR;

namespace Governance.Modules.Petitions.Application.Review;

/// <summary>
/// The petitioner asks for 复查 (within 30 days of receiving the written answer, 第三十五条) or 复核 (within 30 days of
/// receiving the 复查 opinion, 第三十六条); a request outside its window is refused with the reason. The body deciding
/// has 30 days (复核: hearing days excluded).
/// </summary>
internal sealed record RequestReview(Guid Id, uint Version, ReviewStage Stage, string? Note) : ICommand<PetitionView>;

internal sealed class RequestReviewValidator : AbstractValidator<RequestReview>
{
    public RequestReviewValidator() => RuleFor(c => c.Note).Note();
}

internal sealed class RequestReviewHandler(PetitionsDbContext db, ICurrentUser user, PetitionDeadlines deadlines, PetitionJournal journal)
    : IRequestHandler<RequestReview, PetitionView>
{
    public async Task<PetitionView> Handle(RequestReview request, CancellationToken ct)
    {
        var petition = await db.ForUpdateAsync(user, request.Id, request.Version, ct);
        var review = request.Stage == ReviewStage.Review;
        journal.Transition(petition, review ? PetitionAction.RequestReview : PetitionAction.RequestReReview, request.Note);
        var window = review ? petition.ReviewRequestDue : petition.ReReviewRequestDue;
        if (journal.Now > window)
        {
            throw new BusinessRuleException(review
                ? $"复查请求应自收到书面答复之日起 30 日内提出，期限已于 {ChinaTime.ToText(window)} 届满，不予受理（《信访工作条例》第三十五条）"
                : $"复核请求应自收到复查意见之日起 30 日内提出，期限已于 {ChinaTime.ToText(window)} 届满，不予受理（《信访工作条例》第三十六条）",
                new Dictionary<string, object?> { ["requestDue"] = window });
        }

        var decision = await deadlines.DueAsync(review ? PetitionDeadlines.ReviewDecision : PetitionDeadlines.ReReviewDecision, journal.Now, ct);
        if (review)
        {
            petition.ReviewRequestedAt = journal.Now;
            petition.ReviewDue = decision.Due;
        }
        else
        {
            petition.ReReviewRequestedAt = journal.Now;
            petition.ReReviewDue = decision.Due;
        }

        petition.Runs(decision);
        return await journal.SavedAsync(petition, ct);
    }
}
