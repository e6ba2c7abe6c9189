using Governance.SharedKernel.Identifiers;

namespace Governance.SharedKernel.Tests.Identifiers;

public class GridCodeTests
{
    [Fact]
    public void Grid_code_is_a_village_code_and_a_sequence()
    {
        var grid = GridCode.Parse("330106002051007");

        Assert.Equal(RegionCode.Parse("330106002051"), grid.Village);
        Assert.Equal(7, grid.Sequence);
        Assert.Equal("330106002051007", grid.Value);
        Assert.Equal("330106002051007", grid.ToString());
    }

    [Fact]
    public void Every_village_of_xihu_takes_grids_001_to_999()
    {
        foreach (var village in TestData.Rows("regions", "villages-330106.csv").Select(row => row[0]))
        {
            Assert.Equal(1, GridCode.Parse(village + "001").Sequence);
            Assert.Equal(999, GridCode.Parse(village + "999").Sequence);
        }
    }

    [Theory]
    [InlineData("330000", true)]
    [InlineData("330100", true)]
    [InlineData("330106", true)]
    [InlineData("330106002", true)]
    [InlineData("330106002051", true)]
    [InlineData("330106002052", false)]
    [InlineData("330106004", false)]
    [InlineData("330105", false)]
    public void Is_within_its_village_and_every_region_above(string region, bool expected)
    {
        var grid = GridCode.Parse("330106002051007");

        Assert.Equal(expected, grid.IsWithin(RegionCode.Parse(region)));
        Assert.Equal(expected, grid.Value.StartsWith(RegionCode.Parse(region).Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Create_builds_the_same_code_as_parse()
    {
        Assert.Equal(GridCode.Parse("330106002051007"), GridCode.Create(RegionCode.Parse("330106002051"), 7));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData(-1)]
    public void Create_rejects_a_sequence_outside_1_to_999(int sequence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GridCode.Create(RegionCode.Parse("330106002051"), sequence));
    }

    [Fact]
    public void Create_rejects_a_region_that_is_not_a_village()
    {
        var exception = Assert.Throws<ArgumentException>(() => GridCode.Create(RegionCode.Parse("330106002"), 1));

        Assert.Contains("不是村级区划代码", exception.Message);
    }

    [Theory]
    [InlineData("", "empty", null)]
    [InlineData("330106002051", "length", null)]
    [InlineData("3301060020510071", "length", null)]
    [InlineData("33010600205100A", "character", 15)]
    [InlineData("3301060020A1007", "character", 11)]
    [InlineData("990106002051007", "province", 1)]
    [InlineData("330106000051007", "segment", 10)]
    [InlineData("330106002000007", "level", 10)]
    [InlineData("330106000000007", "level", 10)]
    [InlineData("330106002051000", "sequence", 13)]
    public void Malformed_codes_are_rejected(string input, string code, int? position)
    {
        Assert.False(GridCode.TryParse(input, out var value, out var error));
        Assert.Null(value);
        Assert.Equal(code, error.Code);
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void Messages_say_what_is_wrong()
    {
        Assert.False(GridCode.TryParse("330106002000007", out _, out var level));
        Assert.Equal("网格编码第1–12位 330106002000 不是村（社区）级区划代码，网格应隶属于村（社区）", level.Message);

        Assert.False(GridCode.TryParse("330106002051000", out _, out var sequence));
        Assert.Equal("第13–15位网格序号应为 001–999，不能为 000", sequence.Message);
    }

    [Fact]
    public void Grid_codes_sort_by_village_then_sequence()
    {
        var grids = new[] { "330106002052001", "330106002051010", "330106002051002" }.Select(GridCode.Parse).Order();

        Assert.Equal(["330106002051002", "330106002051010", "330106002052001"], grids.Select(grid => grid.Value));
    }
}
