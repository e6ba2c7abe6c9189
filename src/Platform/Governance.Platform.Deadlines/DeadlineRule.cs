using System.Linq.Expressions;
using Governance.Platform.Abstractions.Time;
using Governance.SharedKernel.Time;

namespace Governance.Platform.Deadlines;

/// <summary>
/// A time limit held as data: <see cref="Amount"/> <see cref="Unit"/>s from the start, yellow from
/// <see cref="WarnBefore"/> units before the end. A rule may be narrowed to a province, a level and/or a type;
/// the most specific rule matching a request wins (province before level before type).
/// </summary>
internal sealed class DeadlineRule
{
    public int Id { get; init; }

    /// <summary>Stable code, <c>&lt;module&gt;.&lt;limit&gt;</c>, e.g. <c>petitions.handling</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Two-digit province code (33 = 浙江), null = every province.</summary>
    public string? Province { get; init; }

    /// <summary>Administrative level (e.g. <c>county</c>, <c>township</c>), null = every level.</summary>
    public string? Level { get; init; }

    /// <summary>A module-defined type (e.g. a dispute type), null = every type.</summary>
    public string? Type { get; init; }

    public int Amount { get; set; }

    public DeadlineUnit Unit { get; set; }

    /// <summary>Warning (yellow) starts this many units before the end; 0 = no warning before it is overdue.</summary>
    public int WarnBefore { get; set; }

    /// <summary>What the limit is, in Chinese.</summary>
    public required string Description { get; set; }

    /// <summary>The law or practice it comes from, e.g. 《信访工作条例》第二十三条.</summary>
    public string? LegalBasis { get; set; }

    /// <summary>Null while the rule is as seeded.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public bool Matches(DeadlineRequest request) =>
        Code == request.Rule
        && (Province is null || Province == request.Province)
        && (Level is null || Level == request.Level)
        && (Type is null || Type == request.Type);

    /// <summary>The rule with exactly this code and these qualifiers (null qualifiers match only null).</summary>
    public static Expression<Func<DeadlineRule, bool>> Identified(string code, string? province, string? level, string? type) =>
        r => r.Code == code && r.Province == province && r.Level == level && r.Type == type;

    public int Specificity => (Province is null ? 0 : 4) + (Level is null ? 0 : 2) + (Type is null ? 0 : 1);

    /// <summary>The key shown in audit rows and messages: <c>petitions.handling@33</c>, <c>code@province/level/type</c>.</summary>
    public static string Key(string code, string? province, string? level, string? type) =>
        province is null && level is null && type is null ? code : $"{code}@{province}/{level}/{type}".TrimEnd('/');
}
