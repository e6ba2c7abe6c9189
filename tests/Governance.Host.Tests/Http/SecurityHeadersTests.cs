using System.Net;
using System.Text.RegularExpressions;
using Governance.Testing;

namespace Governance.Host.Tests.Http;

/// <summary>Every response carries the security headers — answers, refusals, errors and Swagger UI — and HSTS on HTTPS.</summary>
public sealed partial class SecurityHeadersTests : IAsyncLifetime
{
    private readonly TestPluginsFolder _plugins = TestPluginsFolder.With("Sender");
    private GovernanceApplication _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(_plugins.Path, await PostgresServer.CreateDatabaseAsync());

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _plugins.Dispose();
    }

    [Theory]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/api/nowhere", HttpStatusCode.NotFound)]
    [InlineData("/api/platform/users", HttpStatusCode.Unauthorized)]
    public async Task Every_response_forbids_framing_sniffing_and_referrers(string url, HttpStatusCode status)
    {
        var response = await _host.Client().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
        Assert.Equal("default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'", Policy(response));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task An_error_answered_by_the_exception_handler_keeps_the_headers()
    {
        var response = await _host.ClientAs(TestUsers.Administrator()).PostAsync("/api/sender/notes",
            new StringContent("""{"text": 12""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Https_responses_carry_hsts()
    {
        var client = _host.Client();
        client.BaseAddress = new Uri("https://governance.example/");

        var response = await client.GetAsync("/health/live");

        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Swagger_ui_gets_a_policy_it_renders_under()
    {
        var client = _host.Client();
        var page = await client.GetAsync("/swagger/index.html");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        AssertSecurityHeaders(page);
        var policy = Policy(page);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("img-src 'self' data:", policy);
        Assert.Contains("style-src 'self' 'unsafe-inline'", policy);
        Assert.DoesNotContain("script-src", policy);

        // The policy allows scripts of this origin only: the page must run none inline, and each script it loads is served here.
        Assert.DoesNotMatch(InlineScript(), html);
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            Assert.DoesNotContain("//", script);
            var loaded = await client.GetAsync(new Uri(new Uri("http://localhost/swagger/index.html"), script));
            Assert.True(loaded.IsSuccessStatusCode, $"{script}: {(int)loaded.StatusCode}");
        }
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Contains("frame-ancestors 'none'", Policy(response));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    private static string Policy(HttpResponseMessage response) => Assert.Single(response.Headers.GetValues("Content-Security-Policy"));

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<script[^>]*\bsrc=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();
}
