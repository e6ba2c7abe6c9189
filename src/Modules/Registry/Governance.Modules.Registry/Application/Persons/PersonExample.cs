namespace Governance.Modules.Registry.Application.Persons;

/// <summary>The registration example of the OpenAPI document: a resident of 上保社区, shown masked as most callers see it.</summary>
internal static class PersonExample
{
    public static readonly object Request = new
    {
        citizenId = "330106198501011231", name = "张三", ethnicity = "汉族", householdRegionCode = "330106",
        householdAddress = "浙江省杭州市西湖区北山街道保俶路 1 号", currentRegionCode = "330106002051",
        currentAddress = "北山街道保俶路 12 号", phone = "13812345678", populationType = "Household",
    };

    public static readonly object Response = new
    {
        id = Guid.Parse("0197a3c2-5a1e-7c3d-9b2f-1d2e3f4a5b6c"), citizenId = "330106********1231", name = "张三", sex = "Male",
        birthDate = "1985-01-01", ethnicity = "01", ethnicityName = "汉族", currentRegionCode = "330106002051",
        currentAddress = "北山街道保俶路 12 号", scopeCode = "330106002051", phone = "138****5678", populationType = "Household",
        masked = true,
    };
}
