using Governance.Modules.Petitions.Domain;
using Governance.Platform.Abstractions.Time;
using Governance.SharedKernel.Time;
using Microsoft.Extensions.Options;

namespace Governance.Modules.Petitions.Application.Common;

/// <summary>The platform's deadline rules for petitions, asked with this deployment's profile (national or 浙江).</summary>
internal sealed class PetitionDeadlines(IDeadlinePolicy policy, IOptions<PetitionsOptions> options)
{
    public const string Registration = "petitions.registration";
    public const string AcceptanceNotice = "petitions.acceptance-notice";
    public const string TransferObjection = "petitions.transfer-objection";
    public const string Handling = "petitions.handling";
    public const string DutyHandling = "petitions.duty-handling";
    public const string SuggestionReply = "petitions.suggestion-reply";
    public const string AccusationHandling = "petitions.accusation-handling";
    public const string HandlingExtension = "petitions.handling-extension";
    public const string ReviewRequest = "petitions.review-request";
    public const string ReviewDecision = "petitions.review-decision";
    public const string ReReviewRequest = "petitions.re-review-request";
    public const string ReReviewDecision = "petitions.re-review-decision";

    /// <summary>
    /// The clock an accepted matter runs on: 第三十四条's 60 days only for a 信访处理意见书 (第三十一条第六项); the duty
    /// route, 建议意见 and 检举控告 each have a rule of their own for the deployment to set.
    /// </summary>
    public static string HandlingRuleFor(PetitionCategory category, HandlingRoute? route) => (category, route) switch
    {
        (PetitionCategory.Suggestion, _) => SuggestionReply,
        (PetitionCategory.Accusation, _) => AccusationHandling,
        (_, HandlingRoute.Duty) => DutyHandling,
        _ => Handling,
    };

    /// <summary>The deadline of <paramref name="rule"/> from <paramref name="start"/> in the deployment's profile.</summary>
    public Task<Deadline> DueAsync(string rule, DateTimeOffset start, CancellationToken ct) =>
        policy.DueAsync(new DeadlineRequest(rule, start, options.Value.DeadlineProvince), ct);
}
