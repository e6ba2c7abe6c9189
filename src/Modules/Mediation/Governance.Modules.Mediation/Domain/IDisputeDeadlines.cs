using Governance.SharedKernel.Time;

namespace Governance.Modules.Mediation.Domain;

/// <summary>The time limits a dispute's steps start, over the platform's work calendar.</summary>
internal interface IDisputeDeadlines
{
    /// <summary>The time limit of the level handling <paramref name="dispute"/> (or <paramref name="level"/> it moves to) from <paramref name="start"/>.</summary>
    Task<Deadline> HandlingAsync(Dispute dispute, HandlingLevel level, DateTimeOffset start, CancellationToken ct);

    /// <summary>A statutory time limit of <paramref name="rule"/> from <paramref name="start"/> in the dispute's province.</summary>
    Task<Deadline> RuleAsync(string rule, DateTimeOffset start, Dispute dispute, CancellationToken ct);
}
