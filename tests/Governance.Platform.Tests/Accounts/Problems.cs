using System.Text.Json;

namespace Governance.Platform.Tests.Accounts;

internal static class Problems
{
    public static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    public static string Detail(this JsonElement problem) => problem.GetProperty("detail").GetString()!;

    /// <summary>The messages of one field of a 400 problem.</summary>
    public static IReadOnlyList<string> Errors(this JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToList();
}
