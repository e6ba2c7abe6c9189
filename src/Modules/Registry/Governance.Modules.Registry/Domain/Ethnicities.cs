namespace Governance.Modules.Registry.Domain;

/// <summary>民族 code table, GB/T 3304-1991: the 56 ethnic groups, 97 其他未识别民族 and 98 外国血统中国籍人士.</summary>
internal static class Ethnicities
{
    public static readonly IReadOnlyList<CodeName> All =
    [
        new("01", "汉族"), new("02", "蒙古族"), new("03", "回族"), new("04", "藏族"), new("05", "维吾尔族"),
        new("06", "苗族"), new("07", "彝族"), new("08", "壮族"), new("09", "布依族"), new("10", "朝鲜族"),
        new("11", "满族"), new("12", "侗族"), new("13", "瑶族"), new("14", "白族"), new("15", "土家族"),
        new("16", "哈尼族"), new("17", "哈萨克族"), new("18", "傣族"), new("19", "黎族"), new("20", "傈僳族"),
        new("21", "佤族"), new("22", "畲族"), new("23", "高山族"), new("24", "拉祜族"), new("25", "水族"),
        new("26", "东乡族"), new("27", "纳西族"), new("28", "景颇族"), new("29", "柯尔克孜族"), new("30", "土族"),
        new("31", "达斡尔族"), new("32", "仫佬族"), new("33", "羌族"), new("34", "布朗族"), new("35", "撒拉族"),
        new("36", "毛南族"), new("37", "仡佬族"), new("38", "锡伯族"), new("39", "阿昌族"), new("40", "普米族"),
        new("41", "塔吉克族"), new("42", "怒族"), new("43", "乌孜别克族"), new("44", "俄罗斯族"), new("45", "鄂温克族"),
        new("46", "德昂族"), new("47", "保安族"), new("48", "裕固族"), new("49", "京族"), new("50", "塔塔尔族"),
        new("51", "独龙族"), new("52", "鄂伦春族"), new("53", "赫哲族"), new("54", "门巴族"), new("55", "珞巴族"),
        new("56", "基诺族"), new("97", "其他"), new("98", "外国血统中国籍人士"),
    ];

    private static readonly Dictionary<string, string> ByInput = BuildLookup();

    public static string NameOf(string code) => All.First(e => e.Code == code).Name;

    /// <summary>
    /// The code for what people type: the code (<c>01</c> or <c>1</c>), the name (<c>汉族</c>) or the name without
    /// 族 (<c>汉</c>, as ledgers often write it); null when it is none of these.
    /// </summary>
    public static string? Find(string? input) =>
        input is null ? null : ByInput.GetValueOrDefault(input.Trim());

    public const string AllowedText = "民族应为 GB/T 3304 代码（01–56、97 其他、98 外国血统中国籍人士）或民族名称，如 01 或 汉族";

    private static Dictionary<string, string> BuildLookup()
    {
        var lookup = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, name) in All)
        {
            lookup[code] = code;
            lookup[code.TrimStart('0')] = code;
            lookup[name] = code;
            if (name.EndsWith('族'))
            {
                lookup[name[..^1]] = code;
            }
        }

        lookup["其他未识别民族"] = "97";
        return lookup;
    }
}

internal sealed record CodeName(string Code, string Name);
