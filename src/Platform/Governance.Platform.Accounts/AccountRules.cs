using FluentValidation;
using Governance.Platform.Accounts.Data;
using Governance.Platform.Accounts.Passwords;
using Governance.Platform.Accounts.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Governance.Platform.Accounts;

/// <summary>The field rules of accounts, roles and departments, shared by their validators.</summary>
internal static class AccountRules
{
    public static IRuleBuilderOptions<T, string> MustBeUserName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("用户名不能为空")
            .Length(3, AccountLimits.UserName).WithMessage($"用户名应为 3–{AccountLimits.UserName} 个字符")
            .Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$").WithMessage("用户名只能由字母、数字和 . _ - 组成，并以字母或数字开头");

    public static IRuleBuilderOptions<T, string> MustBeCode<T>(this IRuleBuilder<T, string> rule, string what) =>
        rule.NotEmpty().WithMessage($"{what}代码不能为空")
            .Length(2, AccountLimits.Code).WithMessage($"{what}代码应为 2–{AccountLimits.Code} 个字符")
            .Matches("^[a-z][a-z0-9-]*$").WithMessage($"{what}代码只能由小写字母、数字和 - 组成，并以字母开头，如 xfj");

    public static IRuleBuilderOptions<T, string> MustBeName<T>(this IRuleBuilder<T, string> rule, string what) =>
        rule.Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage($"{what}不能为空")
            .MaximumLength(AccountLimits.Name).WithMessage($"{what}不能超过 {AccountLimits.Name} 个字符");

    public static IRuleBuilderOptionsConditions<T, string?> MustBeJurisdiction<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((input, context) =>
        {
            if (string.IsNullOrWhiteSpace(input))
            {
                context.AddFailure("辖区不能为空：请填写县、乡镇、村（社区）的区划代码或 15 位网格编码");
            }
            else if (!JurisdictionInput.TryNormalize(input, out _, out var error))
            {
                context.AddFailure(error);
            }
        });

    public static IRuleBuilderOptions<T, string> MustBeExistingDepartment<T>(this IRuleBuilder<T, string> rule, PlatformDbContext db) =>
        rule.MustAsync((code, ct) => db.Departments.AnyAsync(d => d.Code == code, ct))
            .WithMessage((_, code) => $"部门 {code} 不存在");

    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<string>?> MustBeExistingRoles<T>(
        this IRuleBuilder<T, IReadOnlyList<string>?> rule, PlatformDbContext db) =>
        rule.CustomAsync(async (roles, context, ct) =>
        {
            var codes = roles ?? [];
            var found = await db.Roles.Where(r => codes.Contains(r.Code)).Select(r => r.Code).ToListAsync(ct);
            var missing = codes.Except(found).ToList();
            if (missing.Count > 0)
            {
                context.AddFailure($"角色 {string.Join("、", missing)} 不存在");
            }
        });

    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<string>?> MustBeKnownPermissions<T>(
        this IRuleBuilder<T, IReadOnlyList<string>?> rule, PermissionCatalog catalog) =>
        rule.Custom((entries, context) =>
        {
            var unknown = (entries ?? []).Where(e => !catalog.IsKnown(e)).ToList();
            if (unknown.Count > 0)
            {
                context.AddFailure(
                    $"权限 {string.Join("、", unknown)} 不存在：只能使用平台权限、已加载模块在 module.json 中声明的权限，或“模块Id:*”（GET /api/platform/permissions 列出全部）");
            }
        });

    public static IRuleBuilderOptionsConditions<T, string> MustBeStrongPassword<T>(
        this IRuleBuilder<T, string> rule, PasswordPolicy policy, Func<T, string?> userName) =>
        rule.Custom((password, context) =>
        {
            foreach (var problem in policy.Check(password ?? "", userName(context.InstanceToValidate)))
            {
                context.AddFailure(problem);
            }
        });
}
