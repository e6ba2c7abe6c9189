using Governance.SharedKernel.Time;

namespace Governance.SharedKernel.Cases;

/// <summary>The statutory deadline running now on a case (null when the office owes no step), with its yellow-card start.</summary>
public sealed class RunningDeadline
{
    public DateTimeOffset? Due { get; private set; }

    public DateTimeOffset? WarnFrom { get; private set; }

    public void Runs(Deadline? deadline)
    {
        Due = deadline?.Due;
        WarnFrom = deadline?.WarnFrom;
    }

    /// <summary>Moves the running deadline by <paramref name="days"/>, keeping the same warning period.</summary>
    public void ExtendBy(int days)
    {
        Due = Due?.AddDays(days);
        WarnFrom = WarnFrom?.AddDays(days);
    }

    public DeadlineState? StateAt(DateTimeOffset now) =>
        Due is { } due ? new Deadline("", due, WarnFrom ?? due).StateAt(now) : null;
}
