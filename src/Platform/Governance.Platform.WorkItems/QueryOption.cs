using FluentValidation;
using FluentValidation.Results;

namespace Governance.Platform.WorkItems;

/// <summary>Parses an enum-valued query parameter case-insensitively, or answers 400 listing the allowed values.</summary>
internal static class QueryOption
{
    public static TEnum Parse<TEnum>(string value, string parameter)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new ValidationException([
                new ValidationFailure(parameter,
                    $"{parameter} 的取值 '{value}' 无效，可选：{string.Join(", ", Enum.GetNames<TEnum>().Select(JsonNaming))}"),
            ]);

    private static string JsonNaming(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
