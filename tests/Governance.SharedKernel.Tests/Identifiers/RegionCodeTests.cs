using Governance.SharedKernel.Identifiers;

namespace Governance.SharedKernel.Tests.Identifiers;

public class RegionCodeTests
{
    [Theory]
    [InlineData("33", RegionLevel.Province, "330000000000", "330000", "33")]
    [InlineData("330000", RegionLevel.Province, "330000000000", "330000", "33")]
    [InlineData("3301", RegionLevel.City, "330100000000", "330100", "3301")]
    [InlineData("330100", RegionLevel.City, "330100000000", "330100", "3301")]
    [InlineData("330106", RegionLevel.County, "330106000000", "330106", "330106")]
    [InlineData("330106000000", RegionLevel.County, "330106000000", "330106", "330106")]
    [InlineData("330106002", RegionLevel.Township, "330106002000", "330106002", "330106002")]
    [InlineData("330106001000", RegionLevel.Township, "330106001000", "330106001", "330106001")]
    [InlineData("330106002051", RegionLevel.Village, "330106002051", "330106002051", "330106002051")]
    [InlineData("350527000", RegionLevel.County, "350527000000", "350527", "350527")]
    [InlineData("441900", RegionLevel.City, "441900000000", "441900", "4419")]
    [InlineData("441900003", RegionLevel.Township, "441900003000", "441900003", "441900003")]
    [InlineData("810000", RegionLevel.Province, "810000000000", "810000", "81")]
    public void Level_and_forms_follow_the_non_zero_parts(
        string input, RegionLevel level, string canonical, string shortForm, string prefix)
    {
        var code = RegionCode.Parse(input);

        Assert.Equal(level, code.Level);
        Assert.Equal(canonical, code.Value);
        Assert.Equal(canonical, code.ToString());
        Assert.Equal(shortForm, code.ShortForm);
        Assert.Equal(prefix, code.Prefix);
    }

    [Fact]
    public void Short_and_long_forms_of_the_same_region_are_equal()
    {
        Assert.Equal(RegionCode.Parse("330106"), RegionCode.Parse("330106000000"));
        Assert.Equal(RegionCode.Parse("330106001"), RegionCode.Parse("330106001000"));
        Assert.NotEqual(RegionCode.Parse("330106"), RegionCode.Parse("330106001"));
    }

    [Fact]
    public void Parents_of_a_xihu_community_go_up_to_zhejiang()
    {
        // 上保社区 → 北山街道 → 西湖区 → 杭州市 → 浙江省
        var chain = new List<string>();
        for (RegionCode? code = RegionCode.Parse("330106002051"); code is not null; code = code.Parent)
        {
            chain.Add(code.ShortForm);
        }

        Assert.Equal(["330106002051", "330106002", "330106", "330100", "330000"], chain);
    }

    [Fact]
    public void Township_of_a_city_without_counties_has_the_city_as_parent()
    {
        var township = RegionCode.Parse("441900003");

        Assert.Equal(RegionCode.Parse("441900"), township.Parent);
        Assert.Equal(RegionLevel.City, township.Parent!.Level);
        Assert.Null(township.AncestorAt(RegionLevel.County));
        Assert.Equal(RegionCode.Parse("4419"), township.AncestorAt(RegionLevel.City));
    }

    [Theory]
    [InlineData(RegionLevel.Province, "330000")]
    [InlineData(RegionLevel.City, "330100")]
    [InlineData(RegionLevel.County, "330106")]
    [InlineData(RegionLevel.Township, "330106002")]
    [InlineData(RegionLevel.Village, "330106002051")]
    public void Ancestor_at_each_level(RegionLevel level, string expected)
    {
        Assert.Equal(RegionCode.Parse(expected), RegionCode.Parse("330106002051").AncestorAt(level));
    }

    [Fact]
    public void No_ancestor_below_the_own_level()
    {
        Assert.Null(RegionCode.Parse("330106").AncestorAt(RegionLevel.Township));
    }

    [Theory]
    [InlineData("330000", "330106002051", true)]
    [InlineData("330100", "330106002051", true)]
    [InlineData("330106", "330106002051", true)]
    [InlineData("330106002", "330106002051", true)]
    [InlineData("330106", "330106002", true)]
    [InlineData("330106", "330106", false)]
    [InlineData("330106002051", "330106002", false)]
    [InlineData("330105", "330106002051", false)]
    [InlineData("330106004", "330106002051", false)]
    [InlineData("320000", "330106", false)]
    [InlineData("441900", "441900003001", true)]
    public void Is_ancestor_of_is_strict(string ancestor, string descendant, bool expected)
    {
        Assert.Equal(expected, RegionCode.Parse(ancestor).IsAncestorOf(RegionCode.Parse(descendant)));
    }

    [Theory]
    [InlineData("330106", "330106", true)]
    [InlineData("330106", "330106002051", true)]
    [InlineData("330106002051", "330106", false)]
    [InlineData("330106", "330108", false)]
    public void Contains_includes_the_region_itself(string region, string other, bool expected)
    {
        Assert.Equal(expected, RegionCode.Parse(region).Contains(RegionCode.Parse(other)));
    }

    [Fact]
    public void Canonical_values_of_descendants_start_with_the_prefix()
    {
        var county = RegionCode.Parse("330106");
        var villages = TestData.Rows("regions", "villages-330106.csv").Select(row => RegionCode.Parse(row[0])).ToList();

        Assert.NotEmpty(villages);
        Assert.All(villages, village => Assert.StartsWith(county.Prefix, village.Value, StringComparison.Ordinal));
        var neighbour = RegionCode.Parse("330105").Prefix;
        Assert.DoesNotContain(villages, village => village.Value.StartsWith(neighbour, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "empty", null)]
    [InlineData(null, "empty", null)]
    [InlineData("3", "length", null)]
    [InlineData("33010", "length", null)]
    [InlineData("3301060", "length", null)]
    [InlineData("33010600", "length", null)]
    [InlineData("3301060010", "length", null)]
    [InlineData("33010600100", "length", null)]
    [InlineData("3301060010001", "length", null)]
    [InlineData("33O106", "character", 3)]
    [InlineData("330106-01", "character", 7)]
    [InlineData("990106", "province", 1)]
    [InlineData("000000", "province", 1)]
    [InlineData("100000", "province", 1)]
    [InlineData("330006", "segment", 5)]
    [InlineData("330006001", "segment", 5)]
    [InlineData("330000001", "segment", 7)]
    [InlineData("330106000005", "segment", 10)]
    [InlineData("441900000005", "segment", 10)]
    public void Malformed_codes_are_rejected(string? input, string code, int? position)
    {
        Assert.False(RegionCode.TryParse(input, out var value, out var error));
        Assert.Null(value);
        Assert.Equal(code, error.Code);
        Assert.Equal(position, error.Position);
    }

    [Theory]
    [InlineData("990106", "行政区划代码前两位 99 不是已知省份")]
    [InlineData("330006", "行政区划代码 330006 无效：第3–4位地级代码为 00 时，第5–6位县级代码也应为 00")]
    [InlineData("330106000005", "行政区划代码 330106000005 无效：第7–9位乡级代码为 000 时，第10–12位村级代码也应为 000")]
    [InlineData("3301060", "行政区划代码应为 6、9 或 12 位（省、地级也可为 2、4 位），实际为 7 位")]
    public void Messages_say_what_is_wrong(string input, string message)
    {
        Assert.False(RegionCode.TryParse(input, out _, out var error));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Codes_sort_by_canonical_value()
    {
        var codes = new[] { "330106002051", "330106", "33", "330105", "3301" }.Select(RegionCode.Parse).Order().ToList();

        Assert.Equal(["330000", "330100", "330105", "330106", "330106002051"], codes.Select(code => code.ShortForm));
    }

    [Fact]
    public void Province_name_comes_from_the_province_table()
    {
        Assert.Equal("浙江省", RegionCode.Parse("330106").ProvinceName);
        Assert.Equal("香港特别行政区", RegionCode.Parse("810000").ProvinceName);
    }
}
