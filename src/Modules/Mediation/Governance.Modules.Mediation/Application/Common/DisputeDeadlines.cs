using Governance.Modules.Mediation.Domain;
using Governance.Platform.Abstractions.Time;
using Governance.SharedKernel.Time;

namespace Governance.Modules.Mediation.Application.Common;

/// <summary>The dispute's time limits from the platform's deadline policy: rule <c>mediation.people</c> per level, and the statutory ones.</summary>
internal sealed class DisputeDeadlines(IDeadlinePolicy deadlines) : IDisputeDeadlines
{
    public Task<Deadline> HandlingAsync(Dispute dispute, HandlingLevel level, DateTimeOffset start, CancellationToken ct) =>
        deadlines.DueAsync(new DeadlineRequest(Dispute.PeopleMediationRule, start, dispute.ScopeCode[..2], level.LevelCode()), ct);

    public Task<Deadline> RuleAsync(string rule, DateTimeOffset start, Dispute dispute, CancellationToken ct) =>
        deadlines.DueAsync(new DeadlineRequest(rule, start, dispute.ScopeCode[..2]), ct);
}
