using System.Net.Http.Json;
using System.Text.Json;
using Governance.Testing;

namespace Governance.Platform.Tests.Http;

/// <summary>The audit, calendar and deadline endpoints are described in the platform's OpenAPI document.</summary>
public sealed class PlatformDocumentTests(SenderHostFixture fixture) : IClassFixture<SenderHostFixture>
{
    [Theory]
    [InlineData("/api/platform/audit")]
    [InlineData("/api/platform/audit/verify")]
    [InlineData("/api/platform/calendar/{year}")]
    [InlineData("/api/platform/calendar/{year}/file")]
    [InlineData("/api/platform/deadline-rules")]
    [InlineData("/api/platform/deadline-rules/{code}")]
    [InlineData("/api/platform/deadline-rules/{code}/due")]
    public async Task The_platform_document_lists(string path)
    {
        var document = await fixture.Host.Client().GetFromJsonAsync<JsonElement>("/swagger/platform/swagger.json");

        Assert.True(document.GetProperty("paths").TryGetProperty(path, out _), $"{path} is missing from the platform document");
    }
}
