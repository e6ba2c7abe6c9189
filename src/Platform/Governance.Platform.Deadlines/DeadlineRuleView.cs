namespace Governance.Platform.Deadlines;

/// <summary>A deadline rule as the API shows it.</summary>
internal sealed record DeadlineRuleView(
    string Code, string? Province, string? Level, string? Type, int Amount, DeadlineUnit Unit, string UnitLabel,
    int WarnBefore, string Description, string? LegalBasis, DateTimeOffset? UpdatedAt, string? UpdatedBy)
{
    public static DeadlineRuleView Of(DeadlineRule rule) => new(
        rule.Code, rule.Province, rule.Level, rule.Type, rule.Amount, rule.Unit, rule.Unit.Label(), rule.WarnBefore,
        rule.Description, rule.LegalBasis, rule.UpdatedAt, rule.UpdatedBy);
}
