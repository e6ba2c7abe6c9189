using FluentValidation;

namespace Governance.Modules.Petitions.Application.Common;

/// <summary>Field rules shared by the petition actions.</summary>
internal static class ActionRules
{
    public static IRuleBuilderOptions<T, string?> Note<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(4000).WithMessage("说明不能超过 4000 字");

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, string what, int maxLength) =>
        rule.NotEmpty().WithMessage($"请填写{what}").MaximumLength(maxLength).WithMessage($"{what}不能超过 {maxLength} 字");
}
