using Governance.SharedKernel.Identifiers;

namespace Governance.SharedKernel.Tests.Identifiers;

/// <summary>Every code in the real division tables parses at its level, with the parent the table names.</summary>
public class RegionTableTests
{
    // Cities without counties, listed in the county table under their own code.
    private static readonly HashSet<string> CitiesInCountyTable = ["441900", "442000", "460400"];

    [Fact]
    public void Provinces()
    {
        var rows = TestData.Rows("regions", "provinces.csv").ToList();

        Assert.Equal(31, rows.Count);
        Assert.All(rows, row =>
        {
            var code = RegionCode.Parse(row[0]);
            Assert.Equal(RegionLevel.Province, code.Level);
            Assert.Null(code.Parent);
            Assert.Equal(row[1], code.ProvinceName);
        });
    }

    [Fact]
    public void Cities()
    {
        var rows = TestData.Rows("regions", "cities.csv").ToList();

        Assert.True(rows.Count > 300);
        Assert.All(rows, row =>
        {
            var code = RegionCode.Parse(row[0]);
            Assert.Equal(RegionLevel.City, code.Level);
            Assert.Equal(RegionCode.Parse(row[2]), code.Parent);
        });
    }

    [Fact]
    public void Counties()
    {
        var rows = TestData.Rows("regions", "counties.csv").ToList();

        Assert.True(rows.Count > 2900);
        Assert.All(rows, row =>
        {
            var code = RegionCode.Parse(row[0]);
            if (CitiesInCountyTable.Contains(row[0]))
            {
                Assert.Equal(RegionLevel.City, code.Level);
                Assert.Equal(RegionCode.Parse(row[3]), code.Parent);
            }
            else
            {
                Assert.Equal(RegionLevel.County, code.Level);
                Assert.Equal(RegionCode.Parse(row[2]), code.Parent);
            }
        });
    }

    [Fact]
    public void Townships()
    {
        var rows = TestData.Rows("regions", "townships-sample.csv").ToList();

        Assert.Contains(rows, row => row[0] == "330106002");
        Assert.Contains(rows, row => row[0].StartsWith("4419", StringComparison.Ordinal));
        Assert.All(rows, row =>
        {
            var code = RegionCode.Parse(row[0]);
            if (row[0].EndsWith("000", StringComparison.Ordinal))
            {
                // 金门县 has a placeholder township row 350527000 standing for the county itself.
                Assert.Equal(RegionCode.Parse(row[2]), code);
                return;
            }

            Assert.Equal(RegionLevel.Township, code.Level);
            Assert.Equal(RegionCode.Parse(row[2]), code.Parent);
        });
    }

    [Fact]
    public void Villages_of_xihu()
    {
        var rows = TestData.Rows("regions", "villages-330106.csv").ToList();
        var xihu = RegionCode.Parse("330106");

        Assert.True(rows.Count > 200);
        Assert.All(rows, row =>
        {
            var code = RegionCode.Parse(row[0]);
            Assert.Equal(RegionLevel.Village, code.Level);
            Assert.Equal(RegionCode.Parse(row[2]), code.Parent);
            Assert.Equal(RegionCode.Parse(row[5]), code.AncestorAt(RegionLevel.County));
            Assert.True(xihu.IsAncestorOf(code));
        });
    }
}
