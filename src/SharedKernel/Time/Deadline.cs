namespace Governance.SharedKernel.Time;

/// <summary>A due instant with its warning (yellow) threshold: on time up to and including <see cref="Due"/>.</summary>
public sealed record Deadline(string Rule, DateTimeOffset Due, DateTimeOffset WarnFrom)
{
    public DeadlineState StateAt(DateTimeOffset now) =>
        now > Due ? DeadlineState.Overdue : now >= WarnFrom ? DeadlineState.Warning : DeadlineState.Normal;
}

public enum DeadlineState
{
    Normal,
    Warning,
    Overdue,
}
