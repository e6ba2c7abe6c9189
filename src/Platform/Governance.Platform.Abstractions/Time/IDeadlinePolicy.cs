using Governance.SharedKernel.Time;

namespace Governance.Platform.Abstractions.Time;

/// <summary>
/// The one place deadlines come from: rules held as data (calendar or working days, hours or months, per province,
/// level and type), seeded with the statutory defaults. Modules ask by rule code, e.g. <c>petitions.acceptance-notice</c>.
/// Day and month periods are counted on China dates (<see cref="ChinaTime"/>) from the day after the start and end at
/// 24:00 of the last day; a calendar-day or month period ending on a day off ends on the next working day.
/// </summary>
public interface IDeadlinePolicy
{
    /// <summary>
    /// The deadline of the most specific rule matching the request; instants are returned at UTC+8.
    /// Throws <see cref="SharedKernel.Errors.NotFoundException"/> when no rule has that code.
    /// </summary>
    Task<Deadline> DueAsync(DeadlineRequest request, CancellationToken cancellationToken);
}

/// <param name="Rule">The rule code, e.g. <c>petitions.handling</c>.</param>
/// <param name="Start">When the clock starts.</param>
/// <param name="Province">Two-digit province code for a provincial profile (e.g. 33 浙江), null = national.</param>
/// <param name="Level">Optional level qualifier (county, township …).</param>
/// <param name="Type">Optional type qualifier (e.g. a dispute type).</param>
public sealed record DeadlineRequest(string Rule, DateTimeOffset Start, string? Province = null, string? Level = null, string? Type = null);
