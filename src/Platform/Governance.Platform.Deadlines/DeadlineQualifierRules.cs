using FluentValidation;

namespace Governance.Platform.Deadlines;

/// <summary>The shapes of a rule code and its qualifiers, shared by every validator that takes them.</summary>
internal static class DeadlineQualifierRules
{
    public const string CodePattern = "^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+$";
    public const string QualifierPattern = "^[A-Za-z0-9_-]+$";

    public static IRuleBuilderOptions<T, string> RuleCode<T>(this IRuleBuilder<T, string> code) =>
        code.NotEmpty().MaximumLength(DeadlineRuleConfiguration.CodeLength).Matches(CodePattern)
            .WithMessage("规则代码应为“模块.期限”形式的小写代码，如 petitions.handling。");

    public static IRuleBuilderOptions<T, string?> Province<T>(this IRuleBuilder<T, string?> province) =>
        province.Matches("^[0-9]{2}$").WithMessage("省份应为两位行政区划代码，如 33（浙江）。");

    public static IRuleBuilderOptions<T, string?> Qualifier<T>(this IRuleBuilder<T, string?> qualifier) =>
        qualifier.MaximumLength(DeadlineRuleConfiguration.QualifierLength).Matches(QualifierPattern)
            .WithMessage($"应为不超过 {DeadlineRuleConfiguration.QualifierLength} 个字符的代码（字母、数字、-、_）。");
}
