using Governance.SharedKernel.Querying;
using FluentValidation;

namespace Governance.Platform.Deadlines;

/// <summary>Filters of <c>GET /api/platform/deadline-rules</c>.</summary>
/// <param name="Code">A code or the start of one: <c>petitions</c>, <c>petitions.handling</c>.</param>
/// <param name="Province">Only the rules of this province (two digits); <c>national</c> = only rules without one.</param>
internal sealed record DeadlineRuleQuery(string? Code = null, string? Province = null, int Page = 1, int PageSize = 50) : IPagedQuery
{
    public const string National = "national";
}

internal sealed class DeadlineRuleQueryValidator : AbstractValidator<DeadlineRuleQuery>
{
    public DeadlineRuleQueryValidator()
    {
        Include(new PagedQueryValidator());
        RuleFor(q => q.Province).Province().When(q => q.Province != DeadlineRuleQuery.National);
    }
}

/// <summary>Parameters of <c>GET /api/platform/deadline-rules/{code}/due</c>.</summary>
/// <param name="Start">When the clock starts; now if absent.</param>
internal sealed record DeadlineDueQuery(DateTimeOffset? Start = null, string? Province = null, string? Level = null, string? Type = null);

internal sealed class DeadlineDueQueryValidator : AbstractValidator<DeadlineDueQuery>
{
    public DeadlineDueQueryValidator()
    {
        RuleFor(q => q.Province).Province();
        RuleFor(q => q.Level).Qualifier();
        RuleFor(q => q.Type).Qualifier();
    }
}

/// <summary>A deadline worked out for a start, with its state now.</summary>
/// <param name="AppliedRule">The rule that matched, e.g. <c>petitions.handling@33</c>.</param>
internal sealed record DeadlineDue(
    string Rule, string AppliedRule, DateTimeOffset Start, DateTimeOffset Due, DateTimeOffset WarnFrom,
    Governance.SharedKernel.Time.DeadlineState State, string StateLabel);
