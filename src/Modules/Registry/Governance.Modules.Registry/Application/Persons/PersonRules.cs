using System.Globalization;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.Persons;

/// <summary>Rules of a person's fields shared by registration, update and bulk import.</summary>
internal static class PersonRules
{
    public const int MaxNameLength = 50;
    public const int MaxAddressLength = 200;

    /// <summary>Names are letters (any script), the middle dot of minority and foreign names, and spaces.</summary>
    public static string? NameProblem(string? name)
    {
        var text = name?.Trim() ?? "";
        if (text.Length == 0)
        {
            return "姓名不能为空";
        }

        if (text.Length > MaxNameLength)
        {
            return $"姓名最多 {MaxNameLength} 个字符";
        }

        return text.All(c => char.IsLetter(c) || c is '·' or '•' or '.' or ' ')
            ? null
            : "姓名只能包含文字、间隔号（·）和空格";
    }

    public static string? SexProblem(CitizenId id, Sex? sex) =>
        sex is { } given && given != id.Sex
            ? $"性别与身份证号第17位不符：身份证号表示{Label(id.Sex)}，填写的是{Label(given)}"
            : null;

    public static string? BirthDateProblem(CitizenId id, DateOnly? birthDate) =>
        birthDate is { } given && given != id.BirthDate
            ? $"出生日期与身份证号第7–14位不符：身份证号为 {Format(id.BirthDate)}，填写的是 {Format(given)}"
            : null;

    public static string Label(Sex sex) => sex == Sex.Male ? "男" : "女";

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
