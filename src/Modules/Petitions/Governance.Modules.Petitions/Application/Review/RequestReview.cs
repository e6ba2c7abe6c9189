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
/// The petitioner asks for 复查 (within 30 days of receiving the written answer, 第三十五条) or 复核 (within 30 days of
/// receiving the 复查 opinion, 第三十六条); a request outside its window is refused with the reason. It goes to the body
/// above the one that answered (复核: above the 复查 body), which has 30 days to decide (复核: hearing days excluded).
/// </summary>
internal sealed record RequestReview(string? Note) : PetitionCommand
{
    /// <summary>复查 or 复核: from the endpoint, not the body.</summary>
    [JsonIgnore]
    public ReviewStage Stage { get; init; }
}

internal sealed class RequestReviewValidator : AbstractValidator<RequestReview>
{
    public RequestReviewValidator() => RuleFor(c => c.Note).Note();
}

internal sealed class RequestReviewHandler(PetitionsDbContext db, CaseActs acts, PetitionDeadlines deadlines, ReviewBodies bodies)
    : IRequestHandler<RequestReview, Guid>
{
    public async Task<Guid> Handle(RequestReview request, CancellationToken ct)
    {
        var petition = await db.ForChangeAsync(acts.User, request, ct);
        var rule = request.Stage == ReviewStage.Review ? PetitionDeadlines.ReviewDecision : PetitionDeadlines.ReReviewDecision;
        var below = request.Stage == ReviewStage.Review ? petition.HandlingBody : petition.ReviewBody;
        var body = below is null ? (ReviewBody?)null : await bodies.AboveAsync(below, ct);
        petition.RequestReview(request.Stage, await deadlines.DueAsync(rule, acts.Now, ct), body, request.Note, acts.ByCaller());
        return petition.Id;
    }
}

internal static class RequestReviewEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        PetitionSteps.Steps.Map<RequestReview>(endpoints, "review", PetitionPermissions.Review, "登记复查请求（收到答复 30 日内）", c => c with { Stage = ReviewStage.Review });
        PetitionSteps.Steps.Map<RequestReview>(endpoints, "re-review", PetitionPermissions.Review, "登记复核请求（收到复查意见 30 日内）", c => c with { Stage = ReviewStage.ReReview });
    }
}
