namespace Governance.SharedKernel.Time;

/// <summary>
/// The one place deadlines come from: rules held as data (calendar or working days, per province, level and
/// type), seeded with the statutory defaults. Modules ask by rule code, e.g. <c>petitions.acceptance-notice</c>.
/// </summary>
public interface IDeadlinePolicy
{
    Task<Deadline> DueAsync(DeadlineRequest request, CancellationToken cancellationToken);
}

/// <param name="Rule">The rule code, e.g. <c>petitions.handling</c>.</param>
/// <param name="Start">When the clock starts.</param>
/// <param name="Province">Two-digit province code for a provincial profile (e.g. 33 浙江), null = national.</param>
/// <param name="Level">Optional level qualifier (county, township …).</param>
/// <param name="Type">Optional type qualifier (e.g. a dispute type).</param>
public sealed record DeadlineRequest(string Rule, DateTimeOffset Start, string? Province = null, string? Level = null, string? Type = null);

/// <summary>A due instant with its warning (yellow) threshold.</summary>
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
