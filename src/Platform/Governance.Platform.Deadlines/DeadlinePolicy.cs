using Governance.Platform.Abstractions.Calendar;
using Governance.Platform.Abstractions.Time;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Platform.Deadlines;

/// <summary>
/// Answers "due date for &lt;rule&gt; starting at &lt;instant&gt;" from <c>platform.deadline_rules</c> (kept in memory
/// like the calendar): the most specific rule of that code matching the request's province, level and type.
/// </summary>
internal sealed class DeadlinePolicy(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<CalendarOptions> options, IWorkCalendar calendar)
    : IDeadlinePolicy
{
    private readonly PlatformDataCache<IReadOnlyList<DeadlineRule>> _rules = new(
        scopes, clock, options.Value.RefreshInterval, db => db.Set<DeadlineRule>().AsNoTracking().ToList());

    public Task<Deadline> DueAsync(DeadlineRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(DeadlineCalculator.Compute(RuleFor(request), request.Start, calendar));

    /// <summary>The rule that applies to <paramref name="request"/>; 404 when no rule has that code.</summary>
    public DeadlineRule RuleFor(DeadlineRequest request) =>
        _rules.Get().Where(r => r.Matches(request)).MaxBy(r => r.Specificity)
        ?? throw new NotFoundException(
            $"没有适用的期限规则 {DeadlineRule.Key(request.Rule, request.Province, request.Level, request.Type)}；" +
            "请在 /api/platform/deadline-rules 查看已有规则代码。");

    /// <summary>Drops the cached rules, after an administrator changed them.</summary>
    public void Refresh() => _rules.Invalidate();
}
