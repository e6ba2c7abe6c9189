using Governance.SharedKernel.Querying;
using FluentValidation;

namespace Governance.Platform.Auditing;

/// <summary>Filters of <c>GET /api/platform/audit</c>; every one is optional and they combine with AND.</summary>
/// <param name="User">A user id (GUID) or an exact user name.</param>
/// <param name="Module">A module id, or <c>platform</c>.</param>
/// <param name="Operation">A command type name, or <c>read</c>.</param>
/// <param name="RecordId">The id of the record acted on.</param>
/// <param name="From">Occurred at or after this instant.</param>
/// <param name="To">Occurred before this instant.</param>
/// <param name="Outcome"><c>success</c>, <c>failure</c> or <c>denied</c>.</param>
internal sealed record AuditQuery(
    string? User = null,
    string? Module = null,
    string? Operation = null,
    string? RecordId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Outcome = null,
    int Page = 1,
    int PageSize = 50) : IPagedQuery;

internal sealed class AuditQueryValidator : AbstractValidator<AuditQuery>
{
    public AuditQueryValidator()
    {
        Include(new PagedQueryValidator());
        RuleFor(q => q.Outcome)
            .Must(outcome => outcome is null || AuditOutcome.Find(outcome) is not null)
            .WithMessage($"outcome 须为 {string.Join("、", AuditOutcome.All.Select(o => $"{o.Code}（{o.Label}）"))} 之一。");
        RuleFor(q => q.To)
            .Must((query, to) => query.From is null || to is null || to > query.From)
            .WithMessage("to 须晚于 from。");
    }
}
