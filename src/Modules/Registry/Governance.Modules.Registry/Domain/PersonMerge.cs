namespace Governance.Modules.Registry.Domain;

/// <summary>
/// One entry of the merge log (合并日志): two records of one person merged, or a wrong citizen ID corrected.
/// Kept forever so that ids held elsewhere can be followed to the surviving record.
/// </summary>
internal sealed class PersonMerge : IScoped
{
    public const string MergeKind = "merge";
    public const string CorrectionKind = "correction";

    public Guid Id { get; init; }

    public required string Kind { get; init; }

    public Guid SurvivingPersonId { get; init; }

    /// <summary>The record that was merged away (null for a correction).</summary>
    public Guid? MergedPersonId { get; init; }

    public string? MergedCitizenId { get; init; }

    /// <summary>The merged record as it was, as JSON.</summary>
    public string? MergedSnapshot { get; init; }

    public required string PreviousCitizenId { get; init; }

    public required string CitizenId { get; init; }

    public required string ScopeCode { get; init; }

    public required string Reason { get; init; }

    public Guid? PerformedBy { get; init; }

    public DateTimeOffset PerformedAt { get; init; }
}
