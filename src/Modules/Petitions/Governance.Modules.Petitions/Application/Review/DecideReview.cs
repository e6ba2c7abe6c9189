using System.Text.Json.Serialization;
using FluentValidation;
using Governance.Modules.Petitions.Application.Common;
using Governance.Modules.Petitions.Domain;
using Governance.Modules.Petitions.Infrastructure;
using Governance.SharedKernel.Cases;
using MediatR;
using Microsoft.AspNetCore.Routing;

namespace Governance.Modules.Petitions.Application.Review;

/// <summary>
/// 复查意见 (the petitioner may then ask for 复核 within 30 days) or 复核意见, after which the matter is 终结: the same
/// facts and reasons are not accepted again (第三十六条). Only users of the body the request went to decide it.
/// </summary>
internal sealed record DecideReview(AnswerOutcome? Outcome, string? Opinion) : PetitionCommand
{
    /// <summary>复查 or 复核: from the endpoint, not the body.</summary>
    [JsonIgnore]
    public ReviewStage Stage { get; init; }
}

internal sealed class DecideReviewValidator : AbstractValidator<DecideReview>
{
    public DecideReviewValidator()
    {
        RuleFor(c => c.Outcome).NotNull().WithMessage("请选择意见结论（支持、解释说明、不予支持）").IsInEnum();
        RuleFor(c => c.Opinion).RequiredText("意见内容", 8000);
    }
}

internal sealed class DecideReviewHandler(PetitionsDbContext db, CaseActs acts, PetitionDeadlines deadlines)
    : IRequestHandler<DecideReview, Guid>
{
    public async Task<Guid> Handle(DecideReview request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        PetitionWorkflow.Definition.EnsureCallerMay(
            petition, request.Stage == ReviewStage.Review ? PetitionAction.DecideReview : PetitionAction.DecideReReview, acts.User);
        var reReviewRequest = request.Stage == ReviewStage.Review
            ? await deadlines.DueAsync(PetitionDeadlines.ReReviewRequest, acts.Now, ct)
            : null;
        petition.DecideReview(request.Stage, request.Outcome!.Value, request.Opinion!.Trim(), reReviewRequest, acts.ByCaller());
        return petition.Id;
    }
}

internal static class DecideReviewEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<DecideReview>(endpoints, "review/decision", PetitionPermissions.Review, "出具复查意见", c => c with { Stage = ReviewStage.Review });
        PetitionSteps.Steps.Map<DecideReview>(endpoints, "re-review/decision", PetitionPermissions.Review, "出具复核意见（终结）", c => c with { Stage = ReviewStage.ReReview });
    }
}
