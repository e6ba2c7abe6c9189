namespace Governance.Modules.Petitions.Domain;

/// <summary>What a 补正 changes: each field given replaces the registered one, a null one stays as it is.</summary>
internal sealed record DetailsCorrection(
    PetitionCategory? Category, PetitionDomain? Domain, string? Subject, string? Content, IReadOnlyList<Guid>? PetitionerPersonIds)
{
    /// <summary>The names of the fields given, as the timeline shows them.</summary>
    public IEnumerable<string> ChangedFields =>
        new (object? Value, string Name)[] { (Category, "类别"), (Domain, "领域"), (Subject, "标题"), (Content, "内容"), (PetitionerPersonIds, "信访人") }
            .Where(f => f.Value is not null).Select(f => f.Name);
}
