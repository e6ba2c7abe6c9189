using FluentValidation;

namespace Governance.Modules.Petitions.Application.Common;

/// <summary>Field rules shared by the petition requests.</summary>
internal static class ActionRules
{
    public static IRuleBuilderOptions<T, string?> Note<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(4000).WithMessage("说明不能超过 4000 字").PlainText();

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, string what, int maxLength) =>
        rule.NotEmpty().WithMessage($"请填写{what}").MaximumLength(maxLength).WithMessage($"{what}不能超过 {maxLength} 字").PlainText();

    public static IRuleBuilderOptions<T, string?> PetitionSubject<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("请填写信访事项标题").MaximumLength(200).WithMessage("标题不能超过 200 字").PlainText();

    public static IRuleBuilderOptions<T, string?> PetitionContent<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("请填写信访诉求、事实和理由").MaximumLength(8000).WithMessage("内容不能超过 8000 字").PlainText();

    public static IRuleBuilderOptions<T, IReadOnlyList<Guid>?> PetitionerIds<T>(this IRuleBuilder<T, IReadOnlyList<Guid>?> rule) =>
        rule.Must(ids => ids is null || (ids.Count <= 200 && ids.All(id => id != Guid.Empty))).WithMessage("信访人 ID 无效或超过 200 人");

    /// <summary>No control characters but line breaks and tabs: they are noise in a document read by people (NUL never gets this far).</summary>
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsPlain).WithMessage("不能包含控制字符");

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> PlainTexts<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(items => items is null || items.All(IsPlain)).WithMessage("不能包含控制字符");

    private static bool IsPlain(string? text) => text is null || !text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');
}
