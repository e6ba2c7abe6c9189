using FluentValidation;

namespace Governance.Platform.Accounts.Users;

/// <summary>Where a user belongs and what they may do: the part of an account an administrator sets.</summary>
internal interface IUserAssignment
{
    string DisplayName { get; }
    string Department { get; }
    string? Jurisdiction { get; }
    IReadOnlyList<string>? Roles { get; }
}

internal static class UserAssignmentRules
{
    public static void AddAssignmentRules<T>(this AbstractValidator<T> validator, PlatformDbContext db)
        where T : IUserAssignment
    {
        validator.RuleFor(u => u.DisplayName).MustBeName("姓名");
        validator.RuleFor(u => u.Department).Cascade(CascadeMode.Stop).MustBeCode("部门").MustBeExistingDepartment(db);
        validator.RuleFor(u => u.Jurisdiction).MustBeJurisdiction();
        validator.RuleFor(u => u.Roles).MustBeExistingRoles(db);
    }
}
