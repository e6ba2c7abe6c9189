using Governance.SharedKernel.Identifiers;

namespace Governance.SharedKernel.Tests.Identifiers;

public class PhoneNumberTests
{
    // The allocated personal mobile ranges, written out one by one.
    private static readonly string[] AllocatedPrefixes =
    [
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
        "145", "147", "149",
        "150", "151", "152", "153", "155", "156", "157", "158", "159",
        "162", "165", "166", "167",
        "170", "171", "172", "173", "175", "176", "177", "178",
        "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
        "190", "191", "192", "193", "195", "196", "197", "198", "199",
    ];

    [Theory]
    [InlineData("13812345678")]
    [InlineData(" 13812345678 ")]
    [InlineData("138 1234 5678")]
    [InlineData("138-1234-5678")]
    [InlineData("+8613812345678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("+86-138-1234-5678")]
    [InlineData("008613812345678")]
    [InlineData("8613812345678")]
    [InlineData("86 138 1234 5678")]
    [InlineData("86-138-1234-5678")]
    public void Mobile_numbers_in_common_notations(string input)
    {
        var phone = PhoneNumber.Parse(input);

        Assert.Equal(PhoneKind.Mobile, phone.Kind);
        Assert.Equal("13812345678", phone.Value);
        Assert.Equal("13812345678", phone.Number);
        Assert.Null(phone.AreaCode);
        Assert.Null(phone.Extension);
        Assert.Equal("138****5678", phone.Masked);
    }

    [Fact]
    public void Exactly_the_allocated_mobile_ranges_are_accepted()
    {
        for (var prefix = 100; prefix <= 199; prefix++)
        {
            var input = $"{prefix}12345678";
            var allocated = AllocatedPrefixes.Contains(prefix.ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.True(allocated == PhoneNumber.TryParse(input, out var phone, out var error), $"{input}: {error}");
            if (allocated)
            {
                Assert.Equal(PhoneKind.Mobile, phone!.Kind);
            }
            else
            {
                Assert.Equal(IdentifierErrorCodes.MobilePrefix, error!.Code);
                Assert.Equal($"号段 {prefix} 不是已分配的手机号段", error.Message);
            }
        }
    }

    [Theory]
    [InlineData("0571-87654321", "0571", "87654321", null, "0571-87654321", "0571-****4321")]
    [InlineData("057187654321", "0571", "87654321", null, "0571-87654321", "0571-****4321")]
    [InlineData("0571 8765 4321", "0571", "87654321", null, "0571-87654321", "0571-****4321")]
    [InlineData("0571-8765432", "0571", "8765432", null, "0571-8765432", "0571-***5432")]
    [InlineData("05718765432", "0571", "8765432", null, "0571-8765432", "0571-***5432")]
    [InlineData("010-62345678", "010", "62345678", null, "010-62345678", "010-****5678")]
    [InlineData("01062345678", "010", "62345678", null, "010-62345678", "010-****5678")]
    [InlineData("02087654321", "020", "87654321", null, "020-87654321", "020-****4321")]
    [InlineData("029-87654321", "029", "87654321", null, "029-87654321", "029-****4321")]
    [InlineData("0898-66123456", "0898", "66123456", null, "0898-66123456", "0898-****3456")]
    [InlineData("0571-87654321-123", "0571", "87654321", "123", "0571-87654321-123", "0571-****4321")]
    [InlineData("0571-87654321转123", "0571", "87654321", "123", "0571-87654321-123", "0571-****4321")]
    [InlineData("057187654321转 8001", "0571", "87654321", "8001", "0571-87654321-8001", "0571-****4321")]
    [InlineData("+86 571 8765 4321", "0571", "87654321", null, "0571-87654321", "0571-****4321")]
    [InlineData("0571-8765-4321", "0571", "87654321", null, "0571-87654321", "0571-****4321")]
    [InlineData("0571-8765-4321-12", "0571", "87654321", "12", "0571-87654321-12", "0571-****4321")]
    [InlineData("+86-10-6234-5678", "010", "62345678", null, "010-62345678", "010-****5678")]
    [InlineData("0086 10 62345678", "010", "62345678", null, "010-62345678", "010-****5678")]
    public void Fixed_lines(string input, string areaCode, string number, string? extension, string canonical, string masked)
    {
        var phone = PhoneNumber.Parse(input);

        Assert.Equal(PhoneKind.FixedLine, phone.Kind);
        Assert.Equal(areaCode, phone.AreaCode);
        Assert.Equal(number, phone.Number);
        Assert.Equal(extension, phone.Extension);
        Assert.Equal(canonical, phone.ToString());
        Assert.Equal(masked, phone.Masked);
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("0571-87654321")]
    [InlineData("010-62345678-8")]
    public void Canonical_form_parses_to_the_same_number(string canonical)
    {
        var phone = PhoneNumber.Parse(canonical);

        Assert.Equal(canonical, phone.Value);
        Assert.Equal(phone, PhoneNumber.Parse(phone.Value));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("  ", "empty")]
    [InlineData("+86", "empty")]
    [InlineData("---", "empty")]
    [InlineData("1381234567", "length")]
    [InlineData("138123456789", "length")]
    [InlineData("15412345678", "mobile-prefix")]
    [InlineData("19412345678", "mobile-prefix")]
    [InlineData("12345678901", "mobile-prefix")]
    [InlineData("13812345678转12", "extension")]
    [InlineData("+85298765432", "country-code")]
    [InlineData("+1 2025550123", "country-code")]
    [InlineData("87654321", "area-code")]
    [InlineData("0201-87654321", "area-code")]
    [InlineData("057-87654321", "area-code")]
    [InlineData("01-87654321", "area-code")]
    [InlineData("05712-8765432", "area-code")]
    [InlineData("0571-123456", "length")]
    [InlineData("0571-876543210", "length")]
    [InlineData("0571876543210", "length")]
    [InlineData("0571-01234567", "subscriber")]
    [InlineData("010-12345678", "subscriber")]
    [InlineData("0571-87654321-1234567", "extension")]
    [InlineData("0571-87654321转", "extension")]
    [InlineData("0571-87654321转12-3", "extension")]
    [InlineData("0571-8765-4321-12-3", "format")]
    [InlineData("0571-87654321-12-3", "format")]
    [InlineData("0571-87654321-1转2", "format")]
    public void Invalid_numbers_are_rejected(string input, string code)
    {
        Assert.False(PhoneNumber.TryParse(input, out var phone, out var error));
        Assert.Null(phone);
        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData("138a2345678", 4, "a")]
    [InlineData("(0571)87654321", 1, "(")]
    [InlineData("138+12345678", 4, "+")]
    [InlineData("0571．87654321", 5, "．")]
    public void Invalid_characters_are_named_with_their_position(string input, int position, string character)
    {
        Assert.False(PhoneNumber.TryParse(input, out _, out var error));
        Assert.Equal(IdentifierErrorCodes.Character, error.Code);
        Assert.Equal(position, error.Position);
        Assert.Equal($"第{position}位字符 '{character}' 无效", error.Message);
    }

    [Theory]
    [InlineData("1381234567", "手机号码应为 11 位，实际为 10 位")]
    [InlineData("87654321", "固定电话应带区号，如 0571-87654321")]
    [InlineData("0201-87654321", "区号 0201 无效：010 和 020–029 为 3 位区号，其他区号为 4 位（0 后接 3–9）")]
    [InlineData("0571-01234567", "固定电话本地号码 01234567 无效：首位不能为 0 或 1")]
    [InlineData("0571-123456", "固定电话本地号码应为 7–8 位，实际为 6 位")]
    [InlineData("13812345678转12", "手机号码不能带分机号")]
    [InlineData("0571-87654321转12-3", "分机号应为 1–6 位数字，实际为 '12-3'")]
    public void Messages_say_what_is_wrong(string input, string message)
    {
        Assert.False(PhoneNumber.TryParse(input, out _, out var error));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Parse_throws_with_the_error()
    {
        var exception = Assert.Throws<InvalidIdentifierException>(() => PhoneNumber.Parse("15412345678"));

        Assert.Equal(IdentifierErrorCodes.MobilePrefix, exception.Error.Code);
    }
}
