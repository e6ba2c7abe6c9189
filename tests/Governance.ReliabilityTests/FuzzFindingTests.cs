using System.Net.Http.Headers;

namespace Governance.ReliabilityTests;

/// <summary>What the bad-input fuzzer found, each pinned by the request that found it.</summary>
public sealed class FuzzFindingTests(CountyHost county) : IClassFixture<CountyHost>
{
    // (page - 1) * pageSize, and the dead letters' offset + limit, overflowed into a negative OFFSET, which PostgreSQL refused with a 500.
    [Theory]
    [InlineData("/api/registry/persons/imports?page=2147483647")]
    [InlineData("/api/registry/persons?page=2147483647&pageSize=200")]
    [InlineData("/api/work-items?page=2147483647&pageSize=200")]
    [InlineData("/api/platform/outbox/dead-letters?offset=2147483647&limit=500")]
    public async Task The_last_possible_page_is_an_empty_page(string url)
    {
        var page = await county.ClientAs(county.HolderOfEveryPermission()).GetAsync(url).Ok();

        Assert.Empty(page.GetProperty("items").EnumerateArray());
    }

    // The framework's JSON reader threw InvalidOperationException on a charset it cannot decode: a 500.
    [Fact]
    public async Task A_body_in_a_charset_no_one_can_decode_is_a_415_problem()
    {
        var content = new StringContent("{}");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-7");

        var response = await county.ClientAs(county.HolderOfEveryPermission()).PostAsync("/api/registry/organisations", content);

        Assert.Equal(System.Net.HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
