using FluentValidation;

namespace Governance.Platform.Accounts.Departments;

internal static class DepartmentRules
{
    public static void AddDepartmentRules<T>(this AbstractValidator<T> validator)
        where T : IDepartmentDefinition
    {
        validator.RuleFor(d => d.Name).MustBeName("部门名称");
        validator.RuleFor(d => d.Kind).NotNull().WithMessage("部门类别不能为空").IsInEnum().WithMessage("部门类别不存在");
    }
}
