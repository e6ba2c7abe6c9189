namespace Governance.Modules.Registry.Tests;

internal static class PersonBodies
{
    public static Dictionary<string, object?> Valid(string? citizenId = null, string region = RegistryHost.Shangbao) => new()
    {
        ["citizenId"] = citizenId ?? CitizenIds.Next(),
        ["name"] = "张三",
        ["ethnicity"] = "汉族",
        ["householdRegionCode"] = "330106",
        ["householdAddress"] = "浙江省杭州市西湖区北山街道某路1号",
        ["currentRegionCode"] = region,
        ["currentAddress"] = "北山街道保俶路 12 号",
        ["phone"] = "13812345678",
        ["populationType"] = "Household",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value)
    {
        var copy = new Dictionary<string, object?>(body) { [field] = value };
        return copy;
    }

    public static Dictionary<string, object?> Without(this Dictionary<string, object?> body, string field)
    {
        var copy = new Dictionary<string, object?>(body);
        copy.Remove(field);
        return copy;
    }
}
