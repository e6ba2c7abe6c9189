using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Platform.Tests.Deadlines;

internal static class DeadlineApi
{
    /// <summary><c>GET /api/platform/deadline-rules/{rule}/due</c> for a start given in China time.</summary>
    public static async Task<JsonElement> Due(HttpClient client, string rule, string start, string? province = null, string? level = null)
    {
        var query = $"start={Uri.EscapeDataString(start)}" + (province is null ? "" : $"&province={province}") +
                    (level is null ? "" : $"&level={level}");
        var response = await client.GetAsync($"/api/platform/deadline-rules/{rule}/due?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static DateTimeOffset Instant(this JsonElement due, string property) => due.GetProperty(property).GetDateTimeOffset();
}
