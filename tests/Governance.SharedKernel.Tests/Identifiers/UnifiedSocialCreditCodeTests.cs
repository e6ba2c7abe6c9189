using Governance.SharedKernel.Identifiers;

namespace Governance.SharedKernel.Tests.Identifiers;

public class UnifiedSocialCreditCodeTests
{
    [Fact]
    public void Widely_cited_example_is_valid_and_split_into_its_parts()
    {
        var code = UnifiedSocialCreditCode.Parse("91350100M000100Y43");

        Assert.Equal("91350100M000100Y43", code.Value);
        Assert.Equal('9', code.RegistrationAuthority);
        Assert.Equal('1', code.OrganisationType);
        Assert.Equal("350100", code.RegistrationRegion);
        Assert.Equal("M000100Y4", code.OrganisationCode);
    }

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000600037341L")]
    [InlineData("9144030071526726XG")]
    [InlineData("911100001000044477")]
    public void Codes_whose_checks_were_computed_by_hand_are_valid(string input)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(input, out var code, out var error), error?.Message);
        Assert.Equal(input, code.ToString());
    }

    [Fact]
    public void Lower_case_is_accepted_and_upper_cased()
    {
        var code = UnifiedSocialCreditCode.Parse(" 91350100m000100y43 ");

        Assert.Equal("91350100M000100Y43", code.Value);
        Assert.Equal(UnifiedSocialCreditCode.Parse("91350100M000100Y43"), code);
    }

    [Fact]
    public void Generated_codes_with_both_checks_computed_are_valid()
    {
        var random = new Random(32100);
        for (var i = 0; i < 5000; i++)
        {
            var input = CreditCodeFactory.Random(random);

            Assert.True(UnifiedSocialCreditCode.TryParse(input, out var code, out var error), $"{input}: {error}");
            Assert.Equal(input, code.Value);
            Assert.Equal(input.Substring(8, 9), code.OrganisationCode);
        }
    }

    [Fact]
    public void Wrong_overall_check_is_reported_at_position_18_with_the_expected_character()
    {
        var random = new Random(18);
        for (var i = 0; i < 200; i++)
        {
            var valid = CreditCodeFactory.Random(random);
            foreach (var wrong in CreditCodeFactory.Charset.Where(c => c != valid[17]))
            {
                var input = valid[..17] + wrong;
                Assert.False(UnifiedSocialCreditCode.TryParse(input, out _, out var error), input);
                Assert.Equal(IdentifierErrorCodes.Checksum, error.Code);
                Assert.Equal(18, error.Position);
                Assert.Equal($"第18位校验码应为 {valid[17]}，实际为 {wrong}", error.Message);
            }
        }
    }

    [Fact]
    public void Wrong_organisation_check_with_a_correct_overall_check_is_reported_at_position_17()
    {
        var random = new Random(11714);
        for (var i = 0; i < 500; i++)
        {
            var valid = CreditCodeFactory.Random(random);
            var wrong = random.GetItems("0123456789X".Where(c => c != valid[16]).ToArray(), 1)[0];
            var input = CreditCodeFactory.Complete(valid[..16] + wrong);

            Assert.False(UnifiedSocialCreditCode.TryParse(input, out _, out var error), input);
            Assert.Equal(IdentifierErrorCodes.OrganisationChecksum, error.Code);
            Assert.Equal(17, error.Position);
            Assert.Equal($"第17位（组织机构代码校验码）应为 {valid[16]}，实际为 {wrong}", error.Message);
        }
    }

    [Fact]
    public void Organisation_check_of_the_cited_example_is_checked()
    {
        var input = CreditCodeFactory.Complete("91350100M000100Y5");

        Assert.False(UnifiedSocialCreditCode.TryParse(input, out _, out var error));
        Assert.Equal("第17位（组织机构代码校验码）应为 4，实际为 5", error.Message);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void Letters_outside_the_charset_are_named(char letter)
    {
        var input = "91350100M" + letter + "00100Y43";

        Assert.False(UnifiedSocialCreditCode.TryParse(input, out _, out var error));
        Assert.Equal(IdentifierErrorCodes.Character, error.Code);
        Assert.Equal(10, error.Position);
        Assert.Equal($"第10位字符 '{letter}' 无效：统一社会信用代码不使用字母 I、O、S、V、Z", error.Message);
    }

    [Theory]
    [InlineData("91A50100M000100Y43", 3)]
    [InlineData("9135010XM000100Y43", 8)]
    public void Region_part_must_be_digits(string input, int position)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(input, out _, out var error));
        Assert.Equal(IdentifierErrorCodes.Character, error.Code);
        Assert.Equal(position, error.Position);
        Assert.StartsWith($"第{position}位应为数字（第3–8位为登记管理机关行政区划码）", error.Message);
    }

    [Theory]
    [InlineData("", "empty", null)]
    [InlineData(null, "empty", null)]
    [InlineData("91350100M000100Y4", "length", null)]
    [InlineData("91350100M000100Y433", "length", null)]
    [InlineData("91350100M000-00Y43", "character", 13)]
    [InlineData("9135 100M000100Y43", "character", 5)]
    [InlineData("#1350100M000100Y43", "character", 1)]
    public void Malformed_codes_are_rejected(string? input, string code, int? position)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(input, out var value, out var error));
        Assert.Null(value);
        Assert.Equal(code, error.Code);
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void Parse_throws_with_the_error()
    {
        var exception = Assert.Throws<InvalidIdentifierException>(() => UnifiedSocialCreditCode.Parse("91350100M000100Y44"));

        Assert.Equal(IdentifierErrorCodes.Checksum, exception.Error.Code);
    }
}
