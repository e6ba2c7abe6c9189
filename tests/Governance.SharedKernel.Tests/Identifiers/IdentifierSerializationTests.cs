using System.Text.Json;
using Governance.SharedKernel.Identifiers;

namespace Governance.SharedKernel.Tests.Identifiers;

public class IdentifierSerializationTests
{
    private sealed record Contact(
        CitizenId IdNumber, RegionCode Region, GridCode Grid, PhoneNumber Phone, UnifiedSocialCreditCode? Employer);

    [Fact]
    public void Identifiers_are_written_as_their_canonical_strings_and_read_back()
    {
        var contact = new Contact(
            CitizenId.Parse("11010519491231002x"),
            RegionCode.Parse("330106"),
            GridCode.Parse("330106002051007"),
            PhoneNumber.Parse("+86 571 8765 4321"),
            null);

        var json = JsonSerializer.Serialize(contact);

        Assert.Equal(
            """{"IdNumber":"11010519491231002X","Region":"330106000000","Grid":"330106002051007","Phone":"0571-87654321","Employer":null}""",
            json);
        Assert.Equal(contact, JsonSerializer.Deserialize<Contact>(json));
    }

    [Fact]
    public void Reading_an_invalid_identifier_fails_with_its_message()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RegionCode>("\"990106\""));

        Assert.Contains("行政区划代码前两位 99 不是已知省份", exception.Message);
    }

    [Fact]
    public void Reading_a_number_token_fails()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RegionCode>("330106"));
    }

    [Fact]
    public void Identifiers_are_parsable_through_the_generic_interface()
    {
        Assert.Equal(RegionCode.Parse("330106"), ParseVia<RegionCode>("330106000000"));
        Assert.Equal(PhoneNumber.Parse("13812345678"), ParseVia<PhoneNumber>("+86 138 1234 5678"));
        Assert.False(TryParseVia<GridCode>("330106002051000", out _));
        Assert.True(TryParseVia<UnifiedSocialCreditCode>("91350100M000100Y43", out var code));
        Assert.Equal("91350100M000100Y43", code!.Value);
        Assert.Throws<InvalidIdentifierException>(() => ParseVia<CitizenId>("x"));
    }

    private static T ParseVia<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);

    private static bool TryParseVia<T>(string text, out T? value)
        where T : IParsable<T> => T.TryParse(text, null, out value);
}
