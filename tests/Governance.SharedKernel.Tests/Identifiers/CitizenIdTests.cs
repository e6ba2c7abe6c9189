using Governance.SharedKernel.Identifiers;

namespace Governance.SharedKernel.Tests.Identifiers;

public class CitizenIdTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void Generated_valid_numbers_parse_with_their_sex_birth_date_and_region()
    {
        var random = new Random(20251124);
        var days = Today.DayNumber - new DateOnly(1900, 1, 1).DayNumber;
        for (var i = 0; i < 5000; i++)
        {
            var region = CitizenIdFactory.RandomRegion(random);
            var birthDate = new DateOnly(1900, 1, 1).AddDays(random.Next(days + 1));
            var sequence = random.Next(0, 1000);
            var number = CitizenIdFactory.Create(region, birthDate, sequence);

            Assert.True(CitizenId.TryParse(number, Today, out var id, out var error), $"{number}: {error}");
            Assert.Equal(number, id.ToString());
            Assert.Equal(birthDate, id.BirthDate);
            Assert.Equal(sequence % 2 == 1 ? Sex.Male : Sex.Female, id.Sex);
            Assert.Equal(region, id.RegionCode.ShortForm);
        }
    }

    [Fact]
    public void Standard_example_is_a_woman_born_on_1949_12_31_in_chaoyang()
    {
        var id = CitizenId.Parse("11010519491231002X", Today);

        Assert.Equal("11010519491231002X", id.Value);
        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
        Assert.Equal(Sex.Female, id.Sex);
        Assert.Equal("110105", id.RegionCode.ShortForm);
        Assert.Equal(RegionLevel.County, id.RegionCode.Level);
        Assert.Equal("北京市", id.RegionCode.ProvinceName);
    }

    [Fact]
    public void Lower_case_x_is_stored_upper_case()
    {
        var id = CitizenId.Parse("11010519491231002x", Today);

        Assert.Equal("11010519491231002X", id.ToString());
        Assert.Equal(CitizenId.Parse("11010519491231002X", Today), id);
    }

    [Fact]
    public void Surrounding_spaces_are_ignored()
    {
        Assert.Equal("11010519491231002X", CitizenId.Parse("  11010519491231002X\t", Today).Value);
    }

    [Theory]
    [InlineData("130503670401001", "130503196704010016", "1967-04-01", Sex.Male)]
    [InlineData("110105710923582", "110105197109235829", "1971-09-23", Sex.Female)]
    public void Legacy_15_digit_numbers_are_converted_to_18_digits(string legacy, string expected, string birthDate, Sex sex)
    {
        var id = CitizenId.Parse(legacy, Today);

        Assert.Equal(expected, id.Value);
        Assert.Equal(DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), id.BirthDate);
        Assert.Equal(sex, id.Sex);
    }

    [Theory]
    [InlineData("", "empty", null)]
    [InlineData("   ", "empty", null)]
    [InlineData("11010519491231002", "length", null)]
    [InlineData("11010519491231002X1", "length", null)]
    [InlineData("1101051949123100", "length", null)]
    [InlineData("11010", "length", null)]
    [InlineData("1101A519491231002X", "character", 5)]
    [InlineData("110105194912310X2X", "character", 16)]
    [InlineData("11010519491231002Y", "character", 18)]
    [InlineData("110105 9491231002X", "character", 7)]
    [InlineData("13050367040100X", "character", 15)]
    public void Malformed_numbers_are_rejected_with_code_and_position(string input, string code, int? position)
    {
        Assert.False(CitizenId.TryParse(input, Today, out var id, out var error));
        Assert.Null(id);
        Assert.Equal(code, error.Code);
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void Null_is_rejected_as_empty()
    {
        Assert.False(CitizenId.TryParse(null, Today, out _, out var error));
        Assert.Equal(IdentifierErrorCodes.Empty, error.Code);
        Assert.Equal("身份证号码不能为空", error.Message);
    }

    [Fact]
    public void Length_error_says_how_long_the_input_was()
    {
        Assert.False(CitizenId.TryParse("11010519491231002", Today, out _, out var error));
        Assert.Equal("身份证号码应为 18 位（旧版为 15 位），实际为 17 位", error.Message);
    }

    [Fact]
    public void Letter_in_body_names_its_position()
    {
        Assert.False(CitizenId.TryParse("1101A519491231002X", Today, out _, out var error));
        Assert.Equal("第5位应为数字，实际为 'A'", error.Message);
    }

    [Fact]
    public void Wrong_check_digit_names_position_18_and_the_expected_digit()
    {
        Assert.False(CitizenId.TryParse("110105194912310023", Today, out _, out var error));
        Assert.Equal(IdentifierErrorCodes.Checksum, error.Code);
        Assert.Equal(18, error.Position);
        Assert.Equal("第18位校验码应为 X，实际为 3", error.Message);
    }

    [Fact]
    public void Every_wrong_check_character_of_generated_numbers_is_reported_with_the_right_one()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var valid = CitizenIdFactory.Create(
                CitizenIdFactory.RandomRegion(random), new DateOnly(1950, 1, 1).AddDays(random.Next(20000)), random.Next(1000));
            foreach (var wrong in "0123456789X".Where(c => c != valid[17]))
            {
                var input = valid[..17] + wrong;
                Assert.False(CitizenId.TryParse(input, Today, out _, out var error), input);
                Assert.Equal($"第18位校验码应为 {valid[17]}，实际为 {wrong}", error.Message);
            }
        }
    }

    [Theory]
    [InlineData("20250230", "出生日期 20250230 不是有效日期")]
    [InlineData("20230229", "出生日期 20230229 不是有效日期")]
    [InlineData("19901301", "出生日期 19901301 不是有效日期")]
    [InlineData("19900100", "出生日期 19900100 不是有效日期")]
    [InlineData("00000000", "出生日期 00000000 不是有效日期")]
    [InlineData("18991231", "出生日期 18991231 早于 1900 年")]
    [InlineData("20250602", "出生日期 20250602 晚于今天（2025-06-01）")]
    [InlineData("20300101", "出生日期 20300101 晚于今天（2025-06-01）")]
    public void Impossible_birth_dates_are_rejected_even_with_a_correct_check_digit(string birthDate, string message)
    {
        var input = CitizenIdFactory.CreateRaw("330106", birthDate, "123");

        Assert.False(CitizenId.TryParse(input, Today, out _, out var error));
        Assert.Equal(IdentifierErrorCodes.BirthDate, error.Code);
        Assert.Equal(7, error.Position);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Standard_example_born_in_1880_is_before_1900()
    {
        Assert.False(CitizenId.TryParse("440524188001010014", Today, out _, out var error));
        Assert.Equal("出生日期 18800101 早于 1900 年", error.Message);
    }

    [Theory]
    [InlineData("19000101")]
    [InlineData("20000229")]
    [InlineData("20250601")]
    public void Boundary_birth_dates_are_accepted(string birthDate)
    {
        var input = CitizenIdFactory.CreateRaw("330106", birthDate, "123");

        Assert.True(CitizenId.TryParse(input, Today, out _, out var error), error?.Message);
    }

    [Fact]
    public void Legacy_number_with_impossible_date_reports_the_four_digit_year()
    {
        Assert.False(CitizenId.TryParse("330106670230001", Today, out _, out var error));
        Assert.Equal("出生日期 19670230 不是有效日期", error.Message);
    }

    [Fact]
    public void Future_is_judged_by_the_date_in_china()
    {
        var number = CitizenIdFactory.Create("330106", new DateOnly(2025, 6, 1), 123);
        var beforeMidnightUtc = new FixedTimeProvider(new DateTimeOffset(2025, 5, 31, 17, 0, 0, TimeSpan.Zero));
        var beforeMidnightChina = new FixedTimeProvider(new DateTimeOffset(2025, 5, 31, 15, 59, 0, TimeSpan.Zero));

        Assert.True(CitizenId.TryParse(number, beforeMidnightUtc, out _, out _));
        Assert.False(CitizenId.TryParse(number, beforeMidnightChina, out _, out var error));
        Assert.Equal("出生日期 20250601 晚于今天（2025-05-31）", error.Message);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("00")]
    [InlineData("10")]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("47")]
    [InlineData("55")]
    [InlineData("66")]
    [InlineData("72")]
    [InlineData("84")]
    [InlineData("91")]
    public void Unknown_province_is_rejected(string province)
    {
        var input = CitizenIdFactory.CreateRaw(province + "0106", "19800101", "123");

        Assert.False(CitizenId.TryParse(input, Today, out _, out var error));
        Assert.Equal(IdentifierErrorCodes.Province, error.Code);
        Assert.Equal(1, error.Position);
        Assert.Equal($"行政区划代码前两位 {province} 不是已知省份", error.Message);
    }

    [Theory]
    [InlineData("810000")]
    [InlineData("820000")]
    [InlineData("830000")]
    [InlineData("710000")]
    public void Residence_permits_of_hong_kong_macao_and_taiwan_residents_are_accepted(string region)
    {
        var id = CitizenId.Parse(CitizenIdFactory.CreateRaw(region, "19800101", "123"), Today);

        Assert.Equal(RegionLevel.Province, id.RegionCode.Level);
    }

    [Fact]
    public void Every_province_in_the_region_table_is_accepted()
    {
        foreach (var province in TestData.Rows("regions", "provinces.csv").Select(row => row[0]))
        {
            var input = CitizenIdFactory.CreateRaw(province + "0101", "19800101", "123");
            Assert.True(CitizenId.TryParse(input, Today, out _, out var error), $"{province}: {error}");
        }
    }

    [Fact]
    public void Address_code_with_a_county_but_no_city_is_rejected()
    {
        Assert.False(CitizenId.TryParse(CitizenIdFactory.CreateRaw("330006", "19800101", "123"), Today, out _, out var error));
        Assert.Equal(IdentifierErrorCodes.Segment, error.Code);
        Assert.Equal(5, error.Position);
    }

    [Fact]
    public void Unknown_county_of_a_known_province_is_accepted()
    {
        // Abolished county codes stay on old cards.
        Assert.True(CitizenId.TryParse(CitizenIdFactory.CreateRaw("330199", "19800101", "123"), Today, out _, out _));
    }

    [Fact]
    public void Masked_keeps_the_first_6_and_last_4()
    {
        Assert.Equal("110105********002X", CitizenId.Parse("11010519491231002X", Today).Masked);
    }

    [Theory]
    [InlineData("2025-06-01", 75)]
    [InlineData("2025-05-31", 74)]
    [InlineData("1950-06-01", 0)]
    public void Age_counts_whole_years(string on, int age)
    {
        var id = CitizenId.Parse(CitizenIdFactory.Create("330106", new DateOnly(1950, 6, 1), 123), Today);

        Assert.Equal(age, id.AgeOn(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Parse_throws_with_the_error()
    {
        var exception = Assert.Throws<InvalidIdentifierException>(() => CitizenId.Parse("110105194912310023", Today));

        Assert.Equal(IdentifierErrorCodes.Checksum, exception.Error.Code);
        Assert.Equal("第18位校验码应为 X，实际为 3", exception.Message);
    }

    [Fact]
    public void Default_overloads_use_the_system_clock()
    {
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        var future = CitizenIdFactory.Create("330106", tomorrow, 123);

        Assert.False(CitizenId.TryParse(future, out _, out var error));
        Assert.Equal(IdentifierErrorCodes.BirthDate, error.Code);
        Assert.Throws<InvalidIdentifierException>(() => CitizenId.Parse(future));
        Assert.Equal("11010519491231002X", CitizenId.Parse("11010519491231002x").Value);
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
